package nl.royaal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answer;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.Participant;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.ElementRatings;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.domain.scoring.SelfImageGap;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.domain.sequence.MemoryModel;
import nl.royaal.domain.sequence.Suggestion;
import nl.royaal.i18n.I18n;

/**
 * The report's data as plain tables, shared by the CSV and the XLSX writer so both hold exactly
 * the same rows: a summary, the touchpoint results, and one table per round of raw answers
 * (scores, texts, dot votes, ratings, self-image). Cells are {@code String}, {@code Long}
 * (grades, counts) or {@link Decimal} (means and spreads), or {@code null} for an empty cell.
 *
 * <p>Raw answers count as the domain counts them: per participant and question the answer given
 * last (on equal times the later one in the list). Texts the facilitator hid stay out, as in the PDF.
 */
final class RawTables {

    /**
     * A figure computed by the domain, written with {@link #SCALE} decimals in CSV and kept whole in
     * XLSX (shown with that many decimals).
     */
    record Decimal(double value) {
    }

    /** Decimals of means and spreads in the raw data: one more than the PDF shows. */
    static final int SCALE = 2;

    /**
     * One table.
     *
     * @param fileKey message key of its file or sheet name
     */
    record Table(String fileKey, List<String> headers, List<List<Object>> rows) {
        Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    private RawTables() {
    }

    /** Every table, in the order of the workbook's sheets and the archive's files. */
    static List<Table> of(ReportModel model) {
        ReportTexts texts = new ReportTexts(I18n.of(model.workshop().language()));
        return List.of(
                summary(model, texts),
                touchpoints(model, texts),
                scores(model, texts),
                texts(model, texts),
                votes(model, texts),
                ratings(model, texts),
                agenda(model, texts),
                selfImage(model, texts));
    }

    private static Table summary(ReportModel model, ReportTexts texts) {
        Workshop workshop = model.workshop();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(texts.t("field.title"), workshop.title()));
        rows.add(row(texts.t("field.client"), workshop.details().clientOrganisation()));
        rows.add(row(texts.t("field.date"), workshop.details().date().toString()));
        rows.add(row(texts.t("field.facilitator"), workshop.details().facilitator()));
        rows.add(row(texts.t("field.language"), texts.t("language." + workshop.language().code())));
        rows.add(row(texts.t("report.table.participants"), (long) model.participantCount()));
        rows.add(row(texts.t("report.table.touchpoints"), (long) workshop.touchpoints().size()));
        rows.add(row(texts.t("report.table.margin"), new Decimal(model.settings().margin())));
        rows.add(row(texts.t("report.table.threshold"), new Decimal(model.settings().disagreementThreshold())));
        SelfImageGap selfImage = model.selfImage();
        rows.add(row(texts.t("report.table.selfImageOurs"), decimal(selfImage.ourView().mean())));
        rows.add(row(texts.t("report.table.selfImageCustomers"), decimal(selfImage.customerView().mean())));
        rows.add(row(texts.t("report.table.selfImageGap"), decimal(selfImage.gap())));
        RealityCheckFigures reality = workshop.settings().realityCheck();
        rows.add(row(texts.t("report.table.contactSource"), texts.t(switch (reality.source()) {
            case JOURNEY -> "report.reality.fromJourney";
            case TOTALS -> "report.reality.fromTotals";
        })));
        rows.add(row(texts.t("report.table.totalContacts"), reality.totalContactsPerYear() == null ? null
                : new Decimal(reality.totalContactsPerYear())));
        rows.add(row(texts.t("report.table.customers"), reality.customers()));
        rows.add(row(texts.t("report.table.contactsPerCustomer"), model.contactFrequency()
                .map(frequency -> new Decimal(frequency.contactsPerCustomerPerYear())).orElse(null)));
        rows.add(row(texts.t("report.table.automatedContacts"), reality.automatedContactsPerYear() == null ? null
                : new Decimal(reality.automatedContactsPerYear())));
        rows.add(row(texts.t("report.table.fanClubPeople"), (long) model.fanClub().people()));
        rows.add(row(texts.t("report.table.fanClubDays"), (long) model.fanClub().workingDaysPerYear()));
        rows.add(row(texts.t("report.table.fanClubYears"), (long) model.fanClub().years()));
        rows.add(row(texts.t("report.table.fanClubFans"), model.fanClub().fans()));
        addRemembered(rows, texts, "report.table.journeyRemembered", model.journeyCurve());
        addRemembered(rows, texts, "report.table.agendaRemembered", model.agendaCurve());
        return new Table("report.file.summary",
                List.of(texts.t("report.table.item"), texts.t("report.table.value")), rows);
    }

    private static void addRemembered(
            List<List<Object>> rows, ReportTexts texts, String key, Optional<Suggestion> curve) {
        for (MemoryModel memoryModel : MemoryModel.defaults()) {
            String model = texts.t(memoryModel.nameKey());
            rows.add(row(texts.t(key, model, texts.t("report.table.now")),
                    curve.map(s -> new Decimal(s.before().remembered(memoryModel))).orElse(null)));
            rows.add(row(texts.t(key, model, texts.t("report.table.suggested")),
                    curve.map(s -> new Decimal(s.after().remembered(memoryModel))).orElse(null)));
        }
    }

    private static Table touchpoints(ReportModel model, ReportTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (TouchpointAggregate aggregate : model.journey().inJourneyOrder()) {
            Double contacts = aggregate.touchpoint().contactsPerCustomerPerYear();
            rows.add(row((long) number++, aggregate.name(),
                    contacts == null ? null : new Decimal(contacts),
                    (long) aggregate.n(),
                    (long) aggregate.expectation().n(), decimal(aggregate.meanExpectation()),
                    decimal(aggregate.spreadExpectation()),
                    (long) aggregate.experience().n(), decimal(aggregate.meanExperience()),
                    decimal(aggregate.spreadExperience()),
                    decimal(aggregate.gap()),
                    aggregate.gapClass().map(texts::gapClass).orElse(null),
                    aggregate.discuss() ? texts.t("scoring.discuss") : null));
        }
        return new Table("report.file.touchpoints", List.of(
                texts.t("report.table.number"), texts.t("report.table.touchpoint"), texts.t("field.contacts"),
                texts.t("report.table.n"),
                texts.t("report.table.nExpectation"), texts.t("report.table.meanExpectation"),
                texts.t("report.table.spreadExpectation"),
                texts.t("report.table.nExperience"), texts.t("report.table.meanExperience"),
                texts.t("report.table.spreadExperience"),
                texts.t("report.table.gap"), texts.t("report.table.class"), texts.t("report.table.discuss")), rows);
    }

    private static Table scores(ReportModel model, ReportTexts texts) {
        Workshop workshop = model.workshop();
        Map<Object, TouchpointScore> latest = latest(workshop.answers().scores(),
                score -> List.of(score.participantId(), score.touchpointId(), score.dimension()));
        List<List<Object>> rows = new ArrayList<>();
        List<Participant> participants = workshop.participants();
        List<Touchpoint> touchpoints = workshop.touchpoints();
        for (int p = 0; p < participants.size(); p++) {
            UUID participant = participants.get(p).id();
            for (int t = 0; t < touchpoints.size(); t++) {
                UUID touchpoint = touchpoints.get(t).id();
                Long expectation = grade(latest.get(List.of(participant, touchpoint, ScoreDimension.EXPECTATION)));
                Long experience = grade(latest.get(List.of(participant, touchpoint, ScoreDimension.EXPERIENCE)));
                rows.add(row((long) p + 1, participants.get(p).displayName(), (long) t + 1,
                        touchpoints.get(t).name(), expectation, experience,
                        expectation == null || experience == null ? null : experience - expectation));
            }
        }
        return new Table("report.file.scores", List.of(
                texts.t("report.table.participant"), texts.t("report.table.participantName"),
                texts.t("report.table.number"), texts.t("report.table.touchpoint"),
                texts.t("report.dimension.expectation"), texts.t("report.dimension.experience"),
                texts.t("report.table.personalGap")), rows);
    }

    private static Table texts(ReportModel model, ReportTexts texts) {
        Workshop workshop = model.workshop();
        Map<UUID, Integer> votes = new HashMap<>();
        model.proposals().forEach(p -> votes.put(p.proposal().id(), p.votes()));
        Map<UUID, AgendaElement> elements = new HashMap<>();
        workshop.agenda().forEach(element -> elements.put(element.id(), element));
        Map<UUID, Integer> numbers = participantNumbers(workshop);
        List<List<Object>> rows = new ArrayList<>();
        for (TextAnswer text : workshop.answers().texts()) {
            if (text.hidden()) {
                continue;
            }
            int number = numbers.get(text.participantId());
            rows.add(row((long) number + 1, workshop.participants().get(number).displayName(),
                    elements.get(text.elementId()).title(), texts.purpose(text.purpose()),
                    text.visionField().map(texts::visionField).orElse(null),
                    text.text(),
                    votes.containsKey(text.id()) ? (Object) (long) votes.get(text.id()) : null));
        }
        return new Table("report.file.texts", List.of(
                texts.t("report.table.participant"), texts.t("report.table.participantName"),
                texts.t("report.table.element"), texts.t("report.table.purpose"), texts.t("report.table.visionField"),
                texts.t("report.table.text"), texts.t("report.table.votes")), rows);
    }

    private static Table votes(ReportModel model, ReportTexts texts) {
        Workshop workshop = model.workshop();
        Map<UUID, TextAnswer> proposals = new HashMap<>();
        model.proposals().forEach(p -> proposals.put(p.proposal().id(), p.proposal()));
        Map<UUID, Integer> numbers = participantNumbers(workshop);
        Map<Object, DotVote> unique = latest(workshop.answers().votes(),
                vote -> List.of(vote.participantId(), vote.proposalId()));
        List<List<Object>> rows = new ArrayList<>();
        for (DotVote vote : workshop.answers().votes()) {
            TextAnswer proposal = proposals.get(vote.proposalId());
            if (proposal == null || unique.get(List.of(vote.participantId(), vote.proposalId())) != vote) {
                continue; // a dot on a hidden proposal, or the same dot twice
            }
            int number = numbers.get(vote.participantId());
            rows.add(row((long) number + 1, workshop.participants().get(number).displayName(),
                    proposal.visionField().map(texts::visionField).orElse(null), proposal.text()));
        }
        return new Table("report.file.votes", List.of(
                texts.t("report.table.participant"), texts.t("report.table.participantName"),
                texts.t("report.table.visionField"), texts.t("report.table.proposal")), rows);
    }

    private static Table ratings(ReportModel model, ReportTexts texts) {
        Workshop workshop = model.workshop();
        Map<Object, ElementRating> latest = latest(workshop.answers().ratings(),
                rating -> List.of(rating.participantId(), rating.elementId()));
        List<List<Object>> rows = new ArrayList<>();
        List<Participant> participants = workshop.participants();
        List<AgendaElement> agenda = workshop.agenda();
        for (int p = 0; p < participants.size(); p++) {
            for (int e = 0; e < agenda.size(); e++) {
                ElementRating rating = latest.get(List.of(participants.get(p).id(), agenda.get(e).id()));
                if (rating != null) {
                    rows.add(row((long) p + 1, participants.get(p).displayName(), (long) e + 1,
                            agenda.get(e).title(), (long) rating.score().value()));
                }
            }
        }
        return new Table("report.file.ratings", List.of(
                texts.t("report.table.participant"), texts.t("report.table.participantName"),
                texts.t("report.table.number"), texts.t("report.table.element"), texts.t("report.table.grade")), rows);
    }

    private static Table agenda(ReportModel model, ReportTexts texts) {
        Map<UUID, Integer> suggested = new HashMap<>();
        model.agendaCurve().ifPresent(s -> {
            for (int i = 0; i < s.order().size(); i++) {
                suggested.put(s.order().get(i).id(), i + 1);
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (ElementRatings.RatedElement rated : model.agendaRatings().elements()) {
            Statistic statistic = rated.statistic();
            Integer position = suggested.get(rated.id());
            rows.add(row((long) number++, rated.element().title(), texts.kind(rated.element().kind()),
                    rated.element().pinned() ? texts.t("report.table.yes") : null,
                    (long) statistic.n(), decimal(statistic.mean()), decimal(statistic.standardDeviation()),
                    position == null ? null : (long) position));
        }
        return new Table("report.file.agenda", List.of(
                texts.t("report.table.number"), texts.t("report.table.element"), texts.t("field.elementKind"),
                texts.t("field.pinned"), texts.t("report.table.n"), texts.t("report.table.mean"),
                texts.t("report.table.spread"), texts.t("report.table.suggestedPosition")), rows);
    }

    private static Table selfImage(ReportModel model, ReportTexts texts) {
        Workshop workshop = model.workshop();
        Map<Object, SelfImageScore> latest = latest(workshop.answers().selfImage(),
                score -> List.of(score.participantId(), score.question()));
        List<List<Object>> rows = new ArrayList<>();
        List<Participant> participants = workshop.participants();
        for (int p = 0; p < participants.size(); p++) {
            SelfImageScore ours = latest.get(List.of(participants.get(p).id(), SelfImageQuestion.OUR_VIEW));
            SelfImageScore theirs = latest.get(List.of(participants.get(p).id(), SelfImageQuestion.CUSTOMER_VIEW));
            if (ours != null || theirs != null) {
                rows.add(row((long) p + 1, participants.get(p).displayName(),
                        ours == null ? null : (long) ours.score().value(),
                        theirs == null ? null : (long) theirs.score().value()));
            }
        }
        return new Table("report.file.selfImage", List.of(
                texts.t("report.table.participant"), texts.t("report.table.participantName"),
                texts.t("report.selfImage.ours"), texts.t("report.selfImage.customers")), rows);
    }

    /**
     * Per question the answer that counts, as the domain's aggregations count it: the one answered
     * last; on equal times the later one in the list.
     */
    static <A extends Answer> Map<Object, A> latest(List<A> answers, Function<A, Object> question) {
        Map<Object, A> latest = HashMap.newHashMap(answers.size());
        for (A answer : answers) {
            latest.merge(question.apply(answer), answer,
                    (earlier, later) -> later.answeredAt().isBefore(earlier.answeredAt()) ? earlier : later);
        }
        return latest;
    }

    private static Map<UUID, Integer> participantNumbers(Workshop workshop) {
        Map<UUID, Integer> numbers = new HashMap<>();
        for (int p = 0; p < workshop.participants().size(); p++) {
            numbers.put(workshop.participants().get(p).id(), p);
        }
        return numbers;
    }

    private static Long grade(Answer answer) {
        return answer instanceof TouchpointScore score ? (long) score.score().value() : null;
    }

    private static Decimal decimal(OptionalDouble value) {
        return value.isPresent() ? new Decimal(value.getAsDouble()) : null;
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }
}
