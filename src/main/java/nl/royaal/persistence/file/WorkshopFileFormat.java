package nl.royaal.persistence.file;

import static nl.royaal.persistence.file.VersionedJson.required;
import static nl.royaal.persistence.file.VersionedJson.validated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.domain.scoring.ScoringSettings;

/**
 * The shape of the current {@code .royaal} format version (docs/file-format.md), as records that
 * mirror the JSON one to one, and the mapping to and from the domain. The domain records are never
 * serialized themselves, so refactoring the domain cannot change the file format by accident.
 * Reading builds every value through the domain's constructors, so a file can never smuggle in
 * what the app itself would refuse.
 *
 * <p>Enum values are written by their constant name; a golden-file test pins them.
 */
final class WorkshopFileFormat {

    static final String FORMAT = "royaal-workshop";
    /**
     * 2 added {@code workshop.vision}, the adopted dream-service vision; 3 added
     * {@code workshop.settings}: scoring margin, reality-check figures, fan-club inputs, and the dots
     * of a vote and the most per proposal (docs/file-format.md, "Versions").
     */
    static final int VERSION = 3;

    private WorkshopFileFormat() {
    }

    record FileJson(String format, Integer formatVersion, String writtenBy, WorkshopJson workshop) {
    }

    record WorkshopJson(
            UUID id,
            DetailsJson details,
            WorkshopStatus status,
            String templateKey,
            UUID currentElementId,
            Instant createdAt,
            Instant updatedAt,
            List<AgendaElementJson> agenda,
            List<TouchpointJson> touchpoints,
            List<ParticipantJson> participants,
            AnswersJson answers,
            VisionJson vision,
            SettingsJson settings) {
    }

    record SettingsJson(ScoringJson scoring, RealityCheckJson realityCheck, FanClubJson fanClub) {
    }

    record ScoringJson(Double margin, Double discussThreshold) {
    }

    record RealityCheckJson(
            RealityCheckFigures.Source source, Double totalContactsPerYear, Long customers,
            Double automatedContactsPerYear) {
    }

    record FanClubJson(Integer people, Integer workingDaysPerYear, Integer years) {
    }

    /** {@code maxDotsPerProposal} is optional when reading: absent means one dot per proposal. */
    record VisionJson(Integer dotsPerPerson, Integer maxDotsPerProposal, List<VisionChoiceJson> adopted) {
    }

    record VisionChoiceJson(VisionField field, String text) {
    }

    record DetailsJson(String title, String clientOrganisation, LocalDate date, String facilitator, String language) {
    }

    record AgendaElementJson(UUID id, ElementKind kind, String title, Integer plannedMinutes, Boolean pinned) {
    }

    record TouchpointJson(UUID id, String name, Double contactsPerCustomerPerYear) {
    }

    record ParticipantJson(UUID id, String displayName, JoinChannel joinedVia, Instant joinedAt) {
    }

    record AnswersJson(
            List<TouchpointScoreJson> touchpointScores,
            List<TextAnswerJson> texts,
            List<DotVoteJson> dotVotes,
            List<ElementRatingJson> elementRatings,
            List<SelfImageScoreJson> selfImageScores) {
    }

    record TouchpointScoreJson(
            UUID participantId, UUID touchpointId, ScoreDimension dimension, Integer score, Instant answeredAt) {
    }

    record TextAnswerJson(
            UUID id,
            UUID participantId,
            UUID elementId,
            TextPurpose purpose,
            VisionField visionField,
            String text,
            Boolean hidden,
            Instant answeredAt) {
    }

    /** {@code dots} is optional when reading: absent means one dot. */
    record DotVoteJson(UUID participantId, UUID proposalId, Instant answeredAt, Integer dots) {
    }

    record ElementRatingJson(UUID participantId, UUID elementId, Integer score, Instant answeredAt) {
    }

    record SelfImageScoreJson(UUID participantId, SelfImageQuestion question, Integer score, Instant answeredAt) {
    }

    // ---- domain to file ------------------------------------------------------------------------

    static FileJson toFile(Workshop workshop, String writtenBy) {
        WorkshopDetails details = workshop.details();
        Answers answers = workshop.answers();
        return new FileJson(FORMAT, VERSION, writtenBy, new WorkshopJson(
                workshop.id(),
                new DetailsJson(details.title(), details.clientOrganisation(), details.date(),
                        details.facilitator(), details.language().code()),
                workshop.status(),
                workshop.templateKey(),
                workshop.currentElementId(),
                workshop.createdAt(),
                workshop.updatedAt(),
                map(workshop.agenda(), e -> new AgendaElementJson(e.id(), e.kind(), e.title(), e.plannedMinutes(),
                        e.pinned())),
                map(workshop.touchpoints(), t -> new TouchpointJson(t.id(), t.name(), t.contactsPerCustomerPerYear())),
                map(workshop.participants(), p -> new ParticipantJson(p.id(), p.displayName(), p.joinedVia(),
                        p.joinedAt())),
                new AnswersJson(
                        map(answers.scores(), s -> new TouchpointScoreJson(s.participantId(), s.touchpointId(),
                                s.dimension(), s.score().value(), s.answeredAt())),
                        map(answers.texts(), t -> new TextAnswerJson(t.id(), t.participantId(), t.elementId(),
                                t.purpose(), t.field(), t.text(), t.hidden(), t.answeredAt())),
                        map(answers.votes(), v -> new DotVoteJson(v.participantId(), v.proposalId(), v.answeredAt(),
                                v.dots())),
                        map(answers.ratings(), r -> new ElementRatingJson(r.participantId(), r.elementId(),
                                r.score().value(), r.answeredAt())),
                        map(answers.selfImage(), s -> new SelfImageScoreJson(s.participantId(), s.question(),
                                s.score().value(), s.answeredAt()))),
                new VisionJson(workshop.vision().dotsPerPerson(), workshop.vision().maxDotsPerProposal(),
                        map(workshop.vision().adopted(), c -> new VisionChoiceJson(c.field(), c.text()))),
                settingsJson(workshop.settings())));
    }

    private static SettingsJson settingsJson(WorkshopSettings settings) {
        ScoringSettings scoring = settings.scoring();
        RealityCheckFigures reality = settings.realityCheck();
        FanClubSettings fanClub = settings.fanClub();
        return new SettingsJson(
                new ScoringJson(scoring.margin(), scoring.disagreementThreshold()),
                new RealityCheckJson(reality.source(), reality.totalContactsPerYear(), reality.customers(),
                        reality.automatedContactsPerYear()),
                new FanClubJson(fanClub.people(), fanClub.workingDaysPerYear(), fanClub.years()));
    }

    // ---- file to domain ------------------------------------------------------------------------

    /** Every value goes through its domain constructor; a broken rule names where in the file it is. */
    static Workshop toWorkshop(FileJson file) {
        WorkshopJson json = required(file.workshop(), "workshop");
        String at = "workshop";
        DetailsJson detailsJson = required(json.details(), at + ".details");
        WorkshopDetails details = validated(at + ".details", () -> new WorkshopDetails(
                detailsJson.title(),
                detailsJson.clientOrganisation(),
                required(detailsJson.date(), at + ".details.date"),
                detailsJson.facilitator(),
                language(detailsJson.language(), at + ".details.language")));
        AnswersJson answersJson = required(json.answers(), at + ".answers");
        String answersAt = at + ".answers";
        Answers answers = new Answers(
                each(answersJson.touchpointScores(), answersAt + ".touchpointScores", WorkshopFileFormat::score),
                each(answersJson.texts(), answersAt + ".texts", WorkshopFileFormat::text),
                each(answersJson.dotVotes(), answersAt + ".dotVotes", WorkshopFileFormat::vote),
                each(answersJson.elementRatings(), answersAt + ".elementRatings", WorkshopFileFormat::rating),
                each(answersJson.selfImageScores(), answersAt + ".selfImageScores", WorkshopFileFormat::selfImage));
        List<AgendaElement> agenda = each(json.agenda(), at + ".agenda", WorkshopFileFormat::element);
        List<Touchpoint> touchpoints = each(json.touchpoints(), at + ".touchpoints", WorkshopFileFormat::touchpoint);
        List<Participant> participants = each(json.participants(), at + ".participants",
                WorkshopFileFormat::participant);
        VisionCanvas vision = vision(required(json.vision(), at + ".vision"), at + ".vision");
        WorkshopSettings settings = settings(required(json.settings(), at + ".settings"), at + ".settings");
        // The workshop itself checks what spans the lists: unique ids, answers that refer to its own parts.
        return validated(at, () -> new Workshop(
                required(json.id(), at + ".id"),
                details,
                required(json.status(), at + ".status"),
                json.templateKey(),
                agenda,
                touchpoints,
                participants,
                answers,
                json.currentElementId(),
                required(json.createdAt(), at + ".createdAt"),
                required(json.updatedAt(), at + ".updatedAt"),
                vision,
                settings));
    }

    /** Each part on its own, so a broken rule names its part (workshop.settings.scoring) rather than the whole. */
    private static WorkshopSettings settings(SettingsJson json, String at) {
        ScoringJson scoringJson = required(json.scoring(), at + ".scoring");
        ScoringSettings scoring = validated(at + ".scoring", () -> new ScoringSettings(
                required(scoringJson.margin(), at + ".scoring.margin"),
                required(scoringJson.discussThreshold(), at + ".scoring.discussThreshold")));
        RealityCheckJson realityJson = required(json.realityCheck(), at + ".realityCheck");
        RealityCheckFigures realityCheck = validated(at + ".realityCheck", () -> new RealityCheckFigures(
                required(realityJson.source(), at + ".realityCheck.source"), realityJson.totalContactsPerYear(),
                realityJson.customers(), realityJson.automatedContactsPerYear()));
        FanClubJson fanClubJson = required(json.fanClub(), at + ".fanClub");
        FanClubSettings fanClub = validated(at + ".fanClub", () -> new FanClubSettings(fanClubJson.people(),
                required(fanClubJson.workingDaysPerYear(), at + ".fanClub.workingDaysPerYear"),
                required(fanClubJson.years(), at + ".fanClub.years")));
        return new WorkshopSettings(scoring, realityCheck, fanClub);
    }

    /** The choices one by one (a bad text is named by its place), then the canvas's own rules (three all-in on). */
    private static VisionCanvas vision(VisionJson json, String at) {
        List<VisionCanvas.Choice> adopted = each(json.adopted(), at + ".adopted", (choice, choiceAt) ->
                new VisionCanvas.Choice(required(choice.field(), choiceAt + ".field"), choice.text()));
        return validated(at, () -> new VisionCanvas(adopted, required(json.dotsPerPerson(), at + ".dotsPerPerson"),
                orOne(json.maxDotsPerProposal())));
    }

    private static Language language(String code, String location) {
        required(code, location);
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        // Language.fromCode would fall back to Dutch; a file saying "de" is wrong, not Dutch.
        throw RoyaalFileException.invalidContent(location, RoyaalFileException.DETAIL_WRONG_VALUE, null);
    }

    private static AgendaElement element(AgendaElementJson json, String at) {
        return new AgendaElement(required(json.id(), at + ".id"), required(json.kind(), at + ".kind"), json.title(),
                required(json.plannedMinutes(), at + ".plannedMinutes"), isTrue(json.pinned()));
    }

    private static Touchpoint touchpoint(TouchpointJson json, String at) {
        return new Touchpoint(required(json.id(), at + ".id"), json.name(), json.contactsPerCustomerPerYear());
    }

    private static Participant participant(ParticipantJson json, String at) {
        return new Participant(required(json.id(), at + ".id"), json.displayName(),
                required(json.joinedVia(), at + ".joinedVia"), required(json.joinedAt(), at + ".joinedAt"));
    }

    private static TouchpointScore score(TouchpointScoreJson json, String at) {
        return new TouchpointScore(required(json.participantId(), at + ".participantId"),
                required(json.touchpointId(), at + ".touchpointId"), required(json.dimension(), at + ".dimension"),
                grade(json.score(), at), required(json.answeredAt(), at + ".answeredAt"));
    }

    private static TextAnswer text(TextAnswerJson json, String at) {
        return new TextAnswer(required(json.id(), at + ".id"), required(json.participantId(), at + ".participantId"),
                required(json.elementId(), at + ".elementId"), required(json.purpose(), at + ".purpose"),
                json.visionField(), json.text(), isTrue(json.hidden()), required(json.answeredAt(), at + ".answeredAt"));
    }

    private static DotVote vote(DotVoteJson json, String at) {
        return new DotVote(required(json.participantId(), at + ".participantId"),
                required(json.proposalId(), at + ".proposalId"), required(json.answeredAt(), at + ".answeredAt"),
                orOne(json.dots()));
    }

    private static ElementRating rating(ElementRatingJson json, String at) {
        return new ElementRating(required(json.participantId(), at + ".participantId"),
                required(json.elementId(), at + ".elementId"), grade(json.score(), at),
                required(json.answeredAt(), at + ".answeredAt"));
    }

    private static SelfImageScore selfImage(SelfImageScoreJson json, String at) {
        return new SelfImageScore(required(json.participantId(), at + ".participantId"),
                required(json.question(), at + ".question"), grade(json.score(), at),
                required(json.answeredAt(), at + ".answeredAt"));
    }

    private static Score grade(Integer value, String at) {
        return new Score(required(value, at + ".score"));
    }

    /** Flags may be left out and then mean "no", as an unticked box does. */
    /** A count that files from before it was written leave out: one (a dot, one dot per proposal). */
    private static int orOne(Integer count) {
        return count == null ? 1 : count;
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    /** Converts each item of a required list, naming the item ("workshop.agenda[2]") when it breaks a rule. */
    private static <J, T> List<T> each(List<J> items, String location, BiFunction<J, String, T> convert) {
        required(items, location);
        List<T> converted = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String itemLocation = location + "[" + i + "]";
            J item = required(items.get(i), itemLocation);
            converted.add(validated(itemLocation, () -> convert.apply(item, itemLocation)));
        }
        return converted;
    }

    private static <T, J> List<J> map(List<T> items, Function<T, J> convert) {
        return items.stream().map(convert).toList();
    }
}
