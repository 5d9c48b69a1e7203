package nl.royaal.report;

import static nl.royaal.report.PdfCharts.ACCENT;
import static nl.royaal.report.PdfCharts.BLUE;
import static nl.royaal.report.PdfCharts.FAINT;
import static nl.royaal.report.PdfCharts.GREY;
import static nl.royaal.report.PdfCharts.INK;
import static nl.royaal.report.PdfCharts.LIGHT;
import static nl.royaal.report.PdfCharts.NAVY;
import static nl.royaal.report.PdfCharts.RULE;
import static nl.royaal.report.PdfCharts.WHITE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.ContactFrequency;
import nl.royaal.domain.scoring.ElementRatings;
import nl.royaal.domain.scoring.FanClubProjection;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.domain.scoring.SelfImageGap;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.domain.sequence.Advice;
import nl.royaal.domain.sequence.MemoryModel;
import nl.royaal.domain.sequence.Move;
import nl.royaal.domain.sequence.SequenceItem;
import nl.royaal.domain.sequence.SequenceMeasures;
import nl.royaal.domain.sequence.Suggestion;
import nl.royaal.i18n.ContactWords;
import nl.royaal.i18n.I18n;
import nl.royaal.report.PdfCanvas.Rgb;
import nl.royaal.report.PdfCanvas.Style;
import nl.royaal.report.PdfFonts.Weight;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The pages of the PDF report, section by section (docs/report.md says what each shows and where
 * each number comes from). Every figure is read from the {@link ReportModel}; this class only
 * formats and places it. A section without data keeps its heading and says so in one sentence.
 */
final class PdfReportLayout {

    private static final int SECTIONS = 10;

    private final ReportModel model;
    private final Workshop workshop;
    private final PdfCanvas canvas;
    private final ReportTexts texts;
    private final ReportNumbers numbers;
    private final PdfCharts charts;
    private final DoubleConsumer progress;
    private int section;

    private final Style body = new Style(Weight.REGULAR, 10, INK);
    private final Style bodyStrong = new Style(Weight.SEMIBOLD, 10, INK);
    private final Style quote = new Style(Weight.ITALIC, 10, INK);
    private final Style note = new Style(Weight.REGULAR, 8.5f, GREY);
    private final Style noteItalic = new Style(Weight.ITALIC, 8.5f, GREY);
    private final Style cell = new Style(Weight.REGULAR, 9, INK);
    private final Style cellStrong = new Style(Weight.SEMIBOLD, 9, INK);
    private final Style header = new Style(Weight.SEMIBOLD, 8, GREY);
    private final Style subheading = new Style(Weight.BOLD, 12, NAVY);

    PdfReportLayout(ReportModel model, PDDocument document, PdfFonts fonts, DoubleConsumer progress) {
        this.model = model;
        this.workshop = model.workshop();
        this.canvas = new PdfCanvas(document, fonts);
        I18n i18n = I18n.of(workshop.language());
        this.texts = new ReportTexts(i18n);
        this.numbers = new ReportNumbers(workshop.language());
        this.charts = new PdfCharts(canvas, texts, numbers);
        this.progress = progress;
    }

    void render() {
        cover();
        step();
        summary();
        step();
        vision();
        step();
        fanMoments();
        step();
        selfImage();
        step();
        touchpoints();
        step();
        journeyCurve();
        step();
        pledges();
        step();
        agenda();
        step();
        method();
        canvas.finish(this::headerAndFooter);
        canvas.close();
        progress.accept(1);
    }

    private void step() {
        progress.accept((double) ++section / SECTIONS);
    }

    // ---- cover ----

    private void cover() {
        canvas.newPage();
        float bandBottom = PdfCanvas.PAGE_HEIGHT - 390;
        canvas.fillRect(0, bandBottom, PdfCanvas.PAGE_WIDTH, PdfCanvas.PAGE_HEIGHT - bandBottom, NAVY);
        canvas.fillRect(PdfCanvas.LEFT, bandBottom - 3, 90, 6, ACCENT);
        Style kicker = new Style(Weight.BOLD, 10, ACCENT);
        canvas.text(texts.t("report.title").toUpperCase(numbers.locale()), PdfCanvas.LEFT,
                PdfCanvas.PAGE_HEIGHT - 110, kicker);
        Style title = new Style(Weight.BLACK, 30, WHITE);
        List<String> lines = canvas.wrap(workshop.title(), title, PdfCanvas.WIDTH);
        while (lines.size() > 4 && title.size() > 14) {
            title = title.withSize(title.size() - 2);
            lines = canvas.wrap(workshop.title(), title, PdfCanvas.WIDTH);
        }
        float baseline = PdfCanvas.PAGE_HEIGHT - 150;
        for (String line : lines.subList(0, Math.min(lines.size(), 7))) {
            canvas.text(line, PdfCanvas.LEFT, baseline, title);
            baseline -= title.leading();
        }
        String client = workshop.details().clientOrganisation();
        if (!client.isEmpty()) {
            Style clientStyle = new Style(Weight.REGULAR, 16, Rgb.hex("D5DCE6"));
            for (String line : canvas.wrap(client, clientStyle, PdfCanvas.WIDTH)) {
                baseline -= 4;
                canvas.text(line, PdfCanvas.LEFT, Math.max(baseline, bandBottom + 24), clientStyle);
                baseline -= clientStyle.leading();
            }
        }

        canvas.moveTo(bandBottom - 50);
        String dash = numbers.noValue();
        coverFact(texts.t("field.client"), client.isEmpty() ? dash : client);
        coverFact(texts.t("field.date"), texts.longDate(workshop.details().date()));
        String facilitator = workshop.details().facilitator();
        coverFact(texts.t("field.facilitator"), facilitator.isEmpty() ? dash : facilitator);
        coverFact(texts.t("report.cover.participants"), numbers.count(model.participantCount()));
        canvas.down(10);
        canvas.paragraph(texts.t("report.cover.intro"), PdfCanvas.LEFT, PdfCanvas.WIDTH * 0.8f, note);
        contentsTop = canvas.y() - 14;
        canvas.text(texts.t("report.cover.madeWith"), PdfCanvas.LEFT, 40, note);
    }

    private void coverFact(String label, String value) {
        Style labelStyle = new Style(Weight.SEMIBOLD, 9, GREY);
        Style valueStyle = new Style(Weight.REGULAR, 12, INK);
        float top = canvas.y();
        canvas.text(label.toUpperCase(numbers.locale()), PdfCanvas.LEFT, top - 9, labelStyle);
        canvas.moveTo(top - 4);
        canvas.paragraph(value, PdfCanvas.LEFT + 130, PdfCanvas.WIDTH - 130, valueStyle);
        canvas.down(6);
        canvas.line(PdfCanvas.LEFT, canvas.y(), PdfCanvas.RIGHT, canvas.y(), 0.5f, LIGHT);
        canvas.down(10);
    }

    // ---- header and footer ----

    private float contentsTop;

    private void contents(PdfCanvas page) {
        Style title = new Style(Weight.SEMIBOLD, 9, GREY);
        float baseline = contentsTop - 10;
        page.text(texts.t("report.cover.contents").toUpperCase(numbers.locale()), PdfCanvas.LEFT, baseline, title);
        baseline -= 18;
        for (String[] entry : contents) {
            page.text(entry[0], PdfCanvas.LEFT, baseline, new Style(Weight.BOLD, 9, ACCENT));
            page.text(page.fitted(entry[1], cell, PdfCanvas.WIDTH - 80), PdfCanvas.LEFT + 24, baseline, cell);
            page.textRight(entry[2], PdfCanvas.RIGHT, baseline, cell);
            baseline -= 14;
        }
    }

    private void headerAndFooter(PdfCanvas page, int number, int count) {
        if (number == 1) {
            contents(page); // the cover has no header or footer, but lists what follows
            return;
        }
        float headerBaseline = PdfCanvas.PAGE_HEIGHT - 40;
        String right = texts.longDate(workshop.details().date());
        String client = workshop.details().clientOrganisation();
        if (!client.isEmpty()) {
            right = client + "  \u00b7  " + right;
        }
        Style titleStyle = bodyStrong.withSize(8.5f);
        float titleWidth = Math.min(page.width(workshop.title(), titleStyle), PdfCanvas.WIDTH * 0.5f);
        right = page.fitted(right, note, PdfCanvas.WIDTH - titleWidth - 24);
        float rightWidth = page.width(right, note);
        page.text(page.fitted(workshop.title(), bodyStrong.withSize(8.5f), PdfCanvas.WIDTH - rightWidth - 20),
                PdfCanvas.LEFT, headerBaseline, bodyStrong.withSize(8.5f).withColour(NAVY));
        page.textRight(right, PdfCanvas.RIGHT, headerBaseline, note);
        page.line(PdfCanvas.LEFT, headerBaseline - 7, PdfCanvas.RIGHT, headerBaseline - 7, 0.5f, RULE);
        page.line(PdfCanvas.LEFT, 44, PdfCanvas.RIGHT, 44, 0.5f, RULE);
        page.text(texts.t("report.footer"), PdfCanvas.LEFT, 32, note);
        page.textRight(texts.t("report.footer.page", number, count), PdfCanvas.RIGHT, 32, note);
    }

    // ---- building blocks ----

    private int sectionNumber;
    /** Each section's number, title and page, for the contents on the cover. */
    private final List<String[]> contents = new ArrayList<>();

    /** A section heading; a section starts on a new page unless a good part of this one is free. */
    private void sectionTitle(String key) {
        sectionNumber++;
        if (canvas.room() < 230) {
            canvas.newPage();
        } else {
            canvas.down(22);
        }
        Style number = new Style(Weight.BOLD, 10, ACCENT);
        Style title = new Style(Weight.BOLD, 19, NAVY);
        float top = canvas.y();
        canvas.text(String.format("%02d", sectionNumber), PdfCanvas.LEFT, top - 10, number);
        canvas.moveTo(top - 16);
        contents.add(new String[] {String.format("%02d", sectionNumber), texts.t(key),
            String.valueOf(canvas.pages().size())});
        canvas.paragraph(texts.t(key), PdfCanvas.LEFT, PdfCanvas.WIDTH, title);
        canvas.fillRect(PdfCanvas.LEFT, canvas.y() - 2, 36, 2.5f, ACCENT);
        canvas.down(16);
    }

    private void subheading(String text) {
        canvas.keep(70);
        canvas.down(6);
        canvas.paragraph(text, PdfCanvas.LEFT, PdfCanvas.WIDTH, subheading);
        canvas.down(4);
    }

    private void paragraph(String text, Style style) {
        canvas.paragraph(text, PdfCanvas.LEFT, PdfCanvas.WIDTH, style);
        canvas.down(6);
    }

    /** The sentence a section shows instead of its content when there is nothing to show. */
    private void noData(String key) {
        List<String> lines = canvas.wrap(texts.t(key), noteItalic.withSize(10), PdfCanvas.WIDTH - 28);
        float height = lines.size() * noteItalic.withSize(10).leading() + 18;
        canvas.keep(height);
        float top = canvas.y();
        canvas.fillRect(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, FAINT);
        canvas.fillRect(PdfCanvas.LEFT, top - height, 3, height, RULE);
        canvas.moveTo(top - 9);
        canvas.paragraph(texts.t(key), PdfCanvas.LEFT + 14, PdfCanvas.WIDTH - 28, noteItalic.withSize(10));
        canvas.moveTo(top - height - 8);
    }

    /** A list item with a marker in the margin; the text wraps under itself. */
    private void bullet(String text, Style style, Rgb marker) {
        canvas.keep(style.leading() * Math.min(3, canvas.wrap(text, style, PdfCanvas.WIDTH - 16).size()));
        float top = canvas.y();
        canvas.circle(PdfCanvas.LEFT + 4, top - style.size() * 0.65f, 2.2f, marker, null, 0);
        canvas.paragraph(text, PdfCanvas.LEFT + 14, PdfCanvas.WIDTH - 14, style);
        canvas.down(3);
    }

    // ---- 1 summary ----

    private void summary() {
        canvas.newPage();
        sectionTitle("report.section.summary");
        long scored = model.journey().inJourneyOrder().stream().filter(a -> a.n() > 0).count();
        paragraph(texts.t("report.summary.intro", model.participantCount(), scored), body);
        canvas.down(4);
        kpiTiles();
        subheading(texts.t("report.summary.findings"));
        if (!model.hasScores()) {
            noData("report.noData.scores");
        } else {
            negativeFinding();
            positiveFinding();
            disagreementFinding();
        }
        List<String> more = new ArrayList<>();
        model.journeyCurve().ifPresent(curve -> more.add(texts.t("report.summary.remembered",
                numbers.grade(curve.before().rememberedScore()), numbers.grade(curve.after().rememberedScore()),
                texts.t(MemoryModel.standard().nameKey()))));
        model.selfImage().gap().ifPresent(gap -> more.add(texts.t("report.summary.selfImage", numbers.gap(gap))));
        FanClubProjection fanClub = model.fanClub();
        more.add(fanClubSentence(fanClub));
        subheading(texts.t("report.summary.more"));
        for (String line : more) {
            bullet(line, body, ACCENT);
        }
    }

    private String fanClubSentence(FanClubProjection fanClub) {
        return texts.t("report.fanClub.sentence", fanClub.people(), fanClub.workingDaysPerYear(), fanClub.years(),
                fanClub.fans());
    }

    private void kpiTiles() {
        Map<GapClass, Integer> counts = model.journey().countByClass();
        record Tile(String value, String label, Rgb colour) {
        }
        List<Tile> tiles = List.of(
                new Tile(numbers.count(model.participantCount()), texts.t("report.kpi.participants"), NAVY),
                new Tile(numbers.count(workshop.touchpoints().size()), texts.t("report.kpi.touchpoints"), NAVY),
                new Tile(numbers.count(counts.get(GapClass.DISAPPOINTMENT)), texts.gapClass(GapClass.DISAPPOINTMENT),
                        PdfCharts.DISAPPOINTMENT),
                new Tile(numbers.count(counts.get(GapClass.SATISFIED)), texts.gapClass(GapClass.SATISFIED),
                        PdfCharts.SATISFIED),
                new Tile(numbers.count(counts.get(GapClass.FAN_ZONE)), texts.gapClass(GapClass.FAN_ZONE),
                        PdfCharts.FAN_ZONE));
        float gap = 8;
        float width = (PdfCanvas.WIDTH - gap * (tiles.size() - 1)) / tiles.size();
        float height = 62;
        canvas.keep(height + 10);
        float top = canvas.y();
        Style value = new Style(Weight.BLACK, 22, NAVY);
        Style label = new Style(Weight.SEMIBOLD, 8, GREY);
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            float x = PdfCanvas.LEFT + i * (width + gap);
            canvas.fillRect(x, top - height, width, height, FAINT);
            canvas.fillRect(x, top - 3, width, 3, tile.colour());
            canvas.text(tile.value(), x + 10, top - 30, value.withColour(tile.colour() == NAVY ? NAVY : INK));
            canvas.text(canvas.fitted(tile.label(), label, width - 16), x + 10, top - 48, label);
        }
        canvas.moveTo(top - height - 14);
    }

    private void negativeFinding() {
        List<TouchpointAggregate> negative = model.findings().negative();
        if (negative.isEmpty()) {
            finding(1, PdfCharts.DISAPPOINTMENT, texts.t("report.finding.negative.noneTitle"),
                    texts.t("report.finding.negative.none"), null);
            return;
        }
        TouchpointAggregate first = negative.getFirst();
        finding(1, PdfCharts.DISAPPOINTMENT, texts.t("report.finding.negative.title", first.name()),
                figures(first), others("report.finding.negative.more", negative));
    }

    private void positiveFinding() {
        List<TouchpointAggregate> positive = model.findings().positive();
        if (positive.isEmpty()) {
            finding(2, PdfCharts.FAN_ZONE, texts.t("report.finding.positive.noneTitle"),
                    texts.t("report.finding.positive.none"), null);
            return;
        }
        TouchpointAggregate first = positive.getFirst();
        finding(2, PdfCharts.FAN_ZONE, texts.t("report.finding.positive.title", first.name()),
                figures(first), others("report.finding.positive.more", positive));
    }

    private void disagreementFinding() {
        List<ReportModel.Disagreement> disagreements = model.findings().disagreements();
        if (disagreements.isEmpty()) {
            finding(3, BLUE, texts.t("report.finding.disagreement.noneTitle"),
                    texts.t("report.finding.disagreement.none"), null);
            return;
        }
        ReportModel.Disagreement first = disagreements.getFirst();
        String detail = texts.t("report.finding.disagreement.figures", numbers.grade(first.spread()),
                texts.dimension(first.dimension()).toLowerCase(numbers.locale()),
                first.touchpoint().discuss() ? texts.t("report.finding.disagreement.discuss") : "");
        String more = null;
        if (disagreements.size() > 1) {
            List<String> names = new ArrayList<>();
            for (ReportModel.Disagreement other : disagreements.subList(1, disagreements.size())) {
                names.add(other.touchpoint().name() + " (" + numbers.grade(other.spread()) + ")");
            }
            more = texts.t("report.finding.disagreement.more", String.join(", ", names));
        }
        finding(3, BLUE, texts.t("report.finding.disagreement.title", first.touchpoint().name()), detail.strip(),
                more);
    }

    private String figures(TouchpointAggregate aggregate) {
        return texts.t("report.finding.figures", numbers.grade(aggregate.meanExpectation()),
                numbers.grade(aggregate.meanExperience()), numbers.gap(aggregate.gap()), aggregate.n());
    }

    private String others(String key, List<TouchpointAggregate> list) {
        if (list.size() < 2) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (TouchpointAggregate other : list.subList(1, list.size())) {
            names.add(other.name() + " (" + numbers.gap(other.gap()) + ")");
        }
        return texts.t(key, String.join(", ", names));
    }

    /** A numbered finding card with a coloured edge. */
    private void finding(int number, Rgb colour, String title, String detail, String more) {
        float inner = PdfCanvas.WIDTH - 56;
        Style titleStyle = new Style(Weight.BOLD, 11.5f, NAVY);
        float height = 16 + canvas.paragraphHeight(title, titleStyle, inner) + 2
                + canvas.paragraphHeight(detail, body, inner)
                + (more == null ? 0 : canvas.paragraphHeight(more, note, inner) + 3);
        canvas.keep(height + 8);
        float top = canvas.y();
        canvas.fillRect(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, FAINT);
        canvas.fillRect(PdfCanvas.LEFT, top - height, 4, height, colour);
        canvas.text(String.valueOf(number), PdfCanvas.LEFT + 16, top - 30, new Style(Weight.BLACK, 22, colour));
        canvas.moveTo(top - 8);
        canvas.paragraph(title, PdfCanvas.LEFT + 44, inner, titleStyle);
        canvas.down(2);
        canvas.paragraph(detail, PdfCanvas.LEFT + 44, inner, body);
        if (more != null) {
            canvas.down(3);
            canvas.paragraph(more, PdfCanvas.LEFT + 44, inner, note);
        }
        canvas.moveTo(top - height - 8);
    }

    // ---- 2 vision ----

    private void vision() {
        sectionTitle("report.section.vision");
        if (model.adoptedVision().isEmpty()) {
            noData("report.noData.vision");
        } else {
            for (ReportModel.VisionEntry entry : model.adoptedVision()) {
                canvas.keep(50);
                canvas.paragraph(texts.visionField(entry.field()).toUpperCase(numbers.locale()), PdfCanvas.LEFT,
                        PdfCanvas.WIDTH, new Style(Weight.SEMIBOLD, 8, GREY));
                canvas.paragraph(entry.text(), PdfCanvas.LEFT, PdfCanvas.WIDTH, new Style(Weight.BOLD, 13, NAVY));
                canvas.down(8);
            }
        }
        subheading(texts.t("report.vision.proposals"));
        if (model.proposals().isEmpty()) {
            noData("report.noData.proposals");
        } else {
            VisionField current = null;
            for (ReportModel.ProposalVotes proposal : model.proposals()) {
                VisionField field = proposal.proposal().field();
                if (field != current) {
                    current = field;
                    canvas.keep(40);
                    canvas.down(4);
                    canvas.paragraph(texts.visionField(field), PdfCanvas.LEFT, PdfCanvas.WIDTH, cellStrong);
                    canvas.down(2);
                }
                proposalLine(proposal);
            }
        }
        hiddenNote(model.hiddenProposals());
    }

    private void proposalLine(ReportModel.ProposalVotes proposal) {
        float textWidth = PdfCanvas.WIDTH - 80;
        List<String> lines = canvas.wrap(proposal.proposal().text(), cell, textWidth);
        canvas.keep(Math.min(3, lines.size()) * cell.leading() + 4);
        float top = canvas.y();
        String votes = texts.t("report.vision.votes", proposal.votes());
        canvas.textRight(votes, PdfCanvas.RIGHT, top - cell.size(), cellStrong.withColour(
                proposal.votes() > 0 ? NAVY : GREY));
        canvas.paragraph(proposal.proposal().text(), PdfCanvas.LEFT + 12, textWidth, cell);
        canvas.line(PdfCanvas.LEFT + 12, canvas.y() - 1, PdfCanvas.RIGHT, canvas.y() - 1, 0.4f, LIGHT);
        canvas.down(5);
    }

    private void hiddenNote(int hidden) {
        if (hidden > 0) {
            canvas.down(2);
            paragraph(texts.t("report.hidden", hidden), noteItalic);
        }
    }

    // ---- 3 fan moments ----

    private void fanMoments() {
        sectionTitle("report.section.fanMoments");
        List<TextAnswer> moments = model.fanMoments();
        if (moments.isEmpty()) {
            noData("report.noData.fanMoments");
        } else {
            paragraph(texts.t("report.fanMoments.intro", moments.size()), body);
            quotes(moments, ACCENT);
        }
        hiddenNote(model.hiddenFanMoments());
    }

    /** Texts as quotes with a coloured bar at their left. */
    private void quotes(List<TextAnswer> answers, Rgb bar) {
        float width = PdfCanvas.WIDTH - 18;
        for (TextAnswer answer : answers) {
            List<String> lines = canvas.wrap(answer.text(), quote, width);
            float height = lines.size() * quote.leading();
            if (height < canvas.room() || height > PdfCanvas.TOP - PdfCanvas.BOTTOM) {
                canvas.keep(Math.min(height, 3 * quote.leading()) + 6);
            } else {
                canvas.newPage();
            }
            float top = canvas.y();
            int pageBefore = canvas.pages().size();
            canvas.paragraph(answer.text(), PdfCanvas.LEFT + 14, width, quote);
            if (canvas.pages().size() == pageBefore) {
                canvas.fillRect(PdfCanvas.LEFT + 2, canvas.y() + 3, 2.5f, top - canvas.y() - 4, bar);
            }
            canvas.down(8);
        }
    }

    // ---- 4 self-image ----

    private void selfImage() {
        sectionTitle("report.section.selfImage");
        SelfImageGap gap = model.selfImage();
        if (gap.respondents() == 0) {
            noData("report.noData.selfImage");
            return;
        }
        paragraph(texts.t("report.selfImage.intro", gap.respondents()), body);
        canvas.down(4);
        selfImageBar(texts.t("report.selfImage.ours"), gap.ourView(), NAVY);
        selfImageBar(texts.t("report.selfImage.customers"), gap.customerView(), BLUE);
        canvas.down(6);
        OptionalDouble difference = gap.gap();
        if (difference.isPresent()) {
            double value = difference.getAsDouble();
            String key = value < 0 ? "report.selfImage.gap.negative"
                    : value > 0 ? "report.selfImage.gap.positive" : "report.selfImage.gap.none";
            paragraph(texts.t(key, numbers.gap(value)), bodyStrong);
        } else {
            paragraph(texts.t("report.selfImage.gap.missing"), body);
        }
        canvas.down(2);
        paragraph(texts.t(SelfImageGap.BAIN_REFERENCE_KEY, SelfImageGap.bainArguments()), note);
        paragraph(texts.t(SelfImageGap.ASK_CUSTOMERS_KEY), new Style(Weight.ITALIC, 11, NAVY));
    }

    private void selfImageBar(String question, Statistic statistic, Rgb colour) {
        canvas.keep(42);
        float top = canvas.y();
        canvas.text(question, PdfCanvas.LEFT, top - 10, cell);
        float barX = PdfCanvas.LEFT;
        float barWidth = PdfCanvas.WIDTH - 90;
        float baseline = top - 26;
        OptionalDouble mean = statistic.mean();
        if (mean.isPresent()) {
            canvas.fillRect(barX, baseline - 3, barWidth, 12, LIGHT);
            canvas.fillRect(barX, baseline - 3, (float) ((mean.getAsDouble() - 1) / 9 * barWidth), 12, colour);
        } else {
            canvas.fillRect(barX, baseline - 3, barWidth, 12, FAINT);
        }
        canvas.text(numbers.grade(mean), barX + barWidth + 10, baseline - 2, new Style(Weight.BLACK, 15, colour));
        String n = texts.t("report.n", statistic.n());
        canvas.textRight(n, PdfCanvas.RIGHT, baseline - 1, note);
        canvas.moveTo(top - 40);
    }

    // ---- 5 touchpoints ----

    private void touchpoints() {
        sectionTitle("report.section.touchpoints");
        List<TouchpointAggregate> rows = model.journey().inJourneyOrder();
        if (rows.isEmpty()) {
            noData("report.noData.touchpoints");
            realityCheck();
            return;
        }
        if (!model.hasScores()) {
            paragraph(texts.t("report.touchpoints.list", String.join(", ",
                    rows.stream().map(TouchpointAggregate::name).toList())), body);
            noData("report.noData.scores");
            realityCheck();
            return;
        }
        paragraph(texts.t("report.touchpoints.intro", numbers.decimal(model.settings().margin(), 1)), body);
        touchpointTable(rows);
        canvas.down(6);
        if (!model.journey().toDiscuss().isEmpty()) {
            paragraph(texts.t("report.touchpoints.discussNote",
                    numbers.decimal(model.settings().disagreementThreshold(), 1)), note);
        }
        float chart = 30 + PdfCharts.dumbbellHeight(rows.size());
        // The chart stays with its title, and on one page when it fits on one.
        canvas.keep(chart <= PdfCanvas.TOP - PdfCanvas.BOTTOM ? chart : 150);
        subheading(texts.t("report.chart.gapTitle"));
        charts.dumbbell(rows);
        realityCheck();
    }

    /** "Eens per 6 jaar een mens, 12 keer per jaar een machine", and what it was worked out from. */
    private void realityCheck() {
        Optional<ContactFrequency> frequency = model.contactFrequency();
        if (frequency.isEmpty()) {
            return; // nothing was filled in: a section that says "unknown" would only add a page
        }
        RealityCheckFigures figures = model.workshop().settings().realityCheck();
        subheading(texts.t("report.reality.title"));
        paragraph(ContactWords.sentence(frequency.get(), figures.automatedContactsPerYear(), texts.i18n()), body);
        paragraph(switch (figures.source()) {
            case TOTALS -> texts.t("touchpoints.reality.perCustomer", figures.totalContactsPerYear(),
                    figures.customers(), frequency.get().contactsPerCustomerPerYear());
            case JOURNEY -> texts.t("touchpoints.reality.sum", frequency.get().contactsPerCustomerPerYear());
        }, note);
    }

    /** Column positions of the touchpoint table: left edges, or decimal marks for numbers. */
    private static final float COL_NUMBER = PdfCanvas.LEFT + 2;
    private static final float COL_NAME = PdfCanvas.LEFT + 18;
    private static final float NAME_WIDTH = 124;
    private static final float COL_N = PdfCanvas.LEFT + 156;
    private static final float COL_EXPECTATION = PdfCanvas.LEFT + 198;
    private static final float COL_EXPERIENCE = PdfCanvas.LEFT + 244;
    private static final float COL_GAP = PdfCanvas.LEFT + 290;
    private static final float COL_SPREAD_EXPECTATION = PdfCanvas.LEFT + 342;
    private static final float COL_SPREAD_EXPERIENCE = PdfCanvas.LEFT + 376;
    private static final float COL_CLASS = PdfCanvas.LEFT + 410;

    private void touchpointTable(List<TouchpointAggregate> rows) {
        touchpointHeader();
        char mark = numbers.decimalSeparator();
        int index = 0;
        for (TouchpointAggregate row : rows) {
            List<String> name = canvas.wrap(row.name(), cell, NAME_WIDTH);
            if (name.size() > 3) {
                name = new ArrayList<>(name.subList(0, 3));
                name.set(2, canvas.fitted(name.get(2) + " \u2026", cell, NAME_WIDTH));
            }
            float height = Math.max(name.size(), row.discuss() ? 2 : 1) * cell.leading() + 6;
            if (canvas.room() < height) {
                canvas.newPage();
                touchpointHeader();
            }
            float top = canvas.y();
            if (index++ % 2 == 1) {
                canvas.fillRect(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, FAINT);
            }
            float baseline = top - 3 - cell.size();
            canvas.text(String.valueOf(index), COL_NUMBER, baseline, note);
            for (int i = 0; i < name.size(); i++) {
                canvas.text(name.get(i), COL_NAME, baseline - i * cell.leading(), cell);
            }
            canvas.textRight(String.valueOf(row.n()), COL_N + 8, baseline, cell);
            canvas.textOnDecimal(numbers.grade(row.meanExpectation()), COL_EXPECTATION + 18, baseline, cell, mark);
            canvas.textOnDecimal(numbers.grade(row.meanExperience()), COL_EXPERIENCE + 18, baseline, cell, mark);
            Rgb colour = row.gapClass().map(PdfCharts::colour).orElse(INK);
            canvas.textOnDecimal(numbers.gap(row.gap()), COL_GAP + 18, baseline, cellStrong.withColour(
                    row.gapClass().isPresent() ? colour : INK), mark);
            canvas.textOnDecimal(numbers.grade(row.spreadExpectation()), COL_SPREAD_EXPECTATION + 4, baseline, cell,
                    mark);
            canvas.textOnDecimal(numbers.grade(row.spreadExperience()), COL_SPREAD_EXPERIENCE + 4, baseline, cell, mark);
            if (row.gapClass().isPresent()) {
                canvas.circle(COL_CLASS + 3, baseline + 3, 3, colour, null, 0);
                canvas.text(texts.gapClass(row.gapClass().get()), COL_CLASS + 10, baseline, cell);
            } else {
                canvas.text(numbers.noValue(), COL_CLASS + 10, baseline, cell);
            }
            if (row.discuss()) {
                canvas.text(texts.t("scoring.discuss"), COL_CLASS + 10, baseline - cell.leading(),
                        new Style(Weight.SEMIBOLD, 8, PdfCharts.ACCENT_TEXT));
            }
            canvas.moveTo(top - height);
        }
        canvas.line(PdfCanvas.LEFT, canvas.y(), PdfCanvas.RIGHT, canvas.y(), 0.6f, RULE);
    }

    private void touchpointHeader() {
        float height = 2 * header.leading() + 6;
        canvas.keep(height + 40);
        float top = canvas.y();
        float first = top - header.size() - 2;
        float second = first - header.leading();
        canvas.text("#", COL_NUMBER, second, header);
        canvas.text(texts.t("report.table.touchpoint"), COL_NAME, second, header);
        canvas.textRight(texts.t("report.table.n"), COL_N + 8, second, header);
        canvas.textRight(texts.t("report.col.expectation"), COL_EXPECTATION + 26, second, header);
        canvas.textRight(texts.t("report.col.experience"), COL_EXPERIENCE + 26, second, header);
        canvas.textRight(texts.t("report.col.gap"), COL_GAP + 26, second, header);
        float spreadLeft = COL_SPREAD_EXPECTATION - 8;
        float spreadRight = COL_SPREAD_EXPERIENCE + 12;
        canvas.textCentre(texts.t("report.col.spread"), (spreadLeft + spreadRight) / 2, first, header);
        canvas.line(spreadLeft + 4, first - 3, spreadRight, first - 3, 0.4f, RULE);
        canvas.textRight(texts.t("report.col.spreadExpectation"), COL_SPREAD_EXPECTATION + 12, second, header);
        canvas.textRight(texts.t("report.col.spreadExperience"), COL_SPREAD_EXPERIENCE + 12, second, header);
        canvas.text(texts.t("report.table.class"), COL_CLASS, second, header);
        canvas.moveTo(top - height);
        canvas.line(PdfCanvas.LEFT, canvas.y() + 2, PdfCanvas.RIGHT, canvas.y() + 2, 0.8f, NAVY);
    }

    // ---- 6 journey curve ----

    private void journeyCurve() {
        sectionTitle("report.section.curve");
        if (model.journeyCurve().isEmpty()) {
            noData("report.noData.curve");
            return;
        }
        Suggestion suggestion = model.journeyCurve().get();
        paragraph(texts.t("report.curve.intro"), body);
        curve(suggestion);
    }

    /** A before/after curve, the two orders side by side, the measures and the reasons. */
    private void curve(Suggestion suggestion) {
        charts.curves(suggestion.current().scores(), suggestion.suggested().scores(),
                texts.t("report.curve.current"), texts.t("report.curve.suggested"), 170);
        measures(suggestion.before(), suggestion.after());
        float ordersHeight = 70 + suggestion.current().size() * (cell.leading() + 2);
        if (ordersHeight < PdfCanvas.TOP - PdfCanvas.BOTTOM) {
            canvas.keep(ordersHeight); // one table, on one page when it can be
        }
        subheading(texts.t("report.curve.orders"));
        orders(suggestion);
        if (!suggestion.moves().isEmpty() || !suggestion.advice().isEmpty()) {
            subheading(texts.t("report.curve.why"));
            for (Move move : suggestion.moves()) {
                bullet(reason(move.messageKey(), move.args()), cell, BLUE);
            }
            for (Advice advice : suggestion.advice()) {
                bullet(reason(advice.messageKey(), advice.args()), cellStrong, ACCENT);
            }
        }
    }

    /** A sequencer reason with its scores written as the report writes grades ("7,4"). */
    private String reason(String key, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Double score) {
                shown[i] = numbers.grade(score);
            }
        }
        return texts.t(key, shown);
    }

    private void measures(SequenceMeasures before, SequenceMeasures after) {
        float[] columns = {PdfCanvas.LEFT + 250, PdfCanvas.LEFT + 340, PdfCanvas.LEFT + 430};
        canvas.keep(5 * cell.leading() + 20);
        float top = canvas.y();
        float baseline = top - header.size();
        canvas.text(texts.t("report.curve.measure"), PdfCanvas.LEFT, baseline, header);
        canvas.textRight(texts.t("report.curve.current"), columns[0] + 30, baseline, header);
        canvas.textRight(texts.t("report.curve.suggested"), columns[1] + 30, baseline, header);
        canvas.textRight(texts.t("report.curve.change"), columns[2] + 30, baseline, header);
        canvas.line(PdfCanvas.LEFT, baseline - 5, PdfCanvas.RIGHT, baseline - 5, 0.8f, NAVY);
        baseline -= 5 + cell.leading();
        char mark = numbers.decimalSeparator();
        for (SequenceMeasures.Remembered remembered : before.remembered()) {
            double now = remembered.score();
            double then = after.remembered(remembered.model());
            canvas.text(texts.t("report.curve.remembered", texts.t(remembered.model().nameKey())), PdfCanvas.LEFT,
                    baseline, cell);
            canvas.textOnDecimal(numbers.grade(now), columns[0] + 16, baseline, cell, mark);
            canvas.textOnDecimal(numbers.grade(then), columns[1] + 16, baseline, cellStrong.withColour(BLUE), mark);
            canvas.textOnDecimal(numbers.gap(then - now), columns[2] + 16, baseline, cell, mark);
            baseline -= cell.leading();
        }
        canvas.text(texts.t("report.curve.risingSteps"), PdfCanvas.LEFT, baseline, cell);
        canvas.textRight(String.valueOf(before.risingSteps()), columns[0] + 16, baseline, cell);
        canvas.textRight(String.valueOf(after.risingSteps()), columns[1] + 16, baseline, cellStrong.withColour(BLUE));
        baseline -= cell.leading();
        canvas.text(texts.t("report.curve.totalDescent"), PdfCanvas.LEFT, baseline, cell);
        canvas.textOnDecimal(numbers.grade(before.totalDescent()), columns[0] + 16, baseline, cell, mark);
        canvas.textOnDecimal(numbers.grade(after.totalDescent()), columns[1] + 16, baseline,
                cellStrong.withColour(BLUE), mark);
        baseline -= cell.leading();
        canvas.moveTo(baseline + cell.size() - 4);
        canvas.line(PdfCanvas.LEFT, canvas.y(), PdfCanvas.RIGHT, canvas.y(), 0.6f, RULE);
        canvas.down(8);
    }

    /** The current and the suggested order next to each other, position by position. */
    private void orders(Suggestion suggestion) {
        float half = PdfCanvas.WIDTH / 2;
        float nameWidth = half - 70;
        char mark = numbers.decimalSeparator();
        canvas.keep(3 * cell.leading());
        float baseline = canvas.y() - header.size();
        canvas.text(texts.t("report.curve.current"), PdfCanvas.LEFT + 22, baseline, header);
        canvas.text(texts.t("report.curve.suggested"), PdfCanvas.LEFT + half + 22, baseline, header);
        canvas.moveTo(baseline - 6);
        List<SequenceItem> current = suggestion.current().items();
        List<SequenceItem> suggested = suggestion.suggested().items();
        for (int i = 0; i < current.size(); i++) {
            canvas.keep(cell.leading() + 2);
            float top = canvas.y();
            float line = top - cell.size() - 2;
            if (i % 2 == 0) {
                canvas.fillRect(PdfCanvas.LEFT, top - cell.leading() - 2, PdfCanvas.WIDTH, cell.leading() + 2, FAINT);
            }
            canvas.text(String.valueOf(i + 1), PdfCanvas.LEFT + 4, line, note);
            canvas.text(canvas.fitted(current.get(i).label(), cell, nameWidth), PdfCanvas.LEFT + 22, line, cell);
            canvas.textOnDecimal(numbers.grade(current.get(i).score()), PdfCanvas.LEFT + half - 24, line, cell, mark);
            canvas.text(String.valueOf(i + 1), PdfCanvas.LEFT + half + 4, line, note);
            Style suggestedStyle = suggested.get(i).id().equals(current.get(i).id()) ? cell
                    : cellStrong.withColour(BLUE);
            canvas.text(canvas.fitted(suggested.get(i).label(), suggestedStyle, nameWidth), PdfCanvas.LEFT + half + 22,
                    line, suggestedStyle);
            canvas.textOnDecimal(numbers.grade(suggested.get(i).score()), PdfCanvas.RIGHT - 24, line, suggestedStyle,
                    mark);
            canvas.moveTo(top - cell.leading() - 2);
        }
        canvas.down(6);
    }

    // ---- 7 pledges ----

    private void pledges() {
        sectionTitle("report.section.pledges");
        FanClubProjection fanClub = model.fanClub();
        fanClubBox(fanClub);
        List<TextAnswer> pledges = model.pledges();
        subheading(texts.t("report.pledges.title", pledges.size()));
        if (pledges.isEmpty()) {
            noData("report.noData.pledges");
        } else {
            quotes(pledges, PdfCharts.FAN_ZONE);
        }
        hiddenNote(model.hiddenPledges());
    }

    private void fanClubBox(FanClubProjection fanClub) {
        float height = 92;
        canvas.keep(height + 10);
        float top = canvas.y();
        canvas.fillRect(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, NAVY);
        Style big = new Style(Weight.BLACK, 34, WHITE);
        String fans = numbers.count(fanClub.fans());
        canvas.text(fans, PdfCanvas.LEFT + 20, top - 48, big);
        float after = PdfCanvas.LEFT + 20 + canvas.width(fans, big) + 12;
        canvas.text(texts.t("report.fanClub.fans", fanClub.years()), after, top - 48,
                new Style(Weight.SEMIBOLD, 14, Rgb.hex("D5DCE6")));
        String formula = texts.t("report.fanClub.formula", fanClub.people(), fanClub.workingDaysPerYear(),
                fanClub.years(), fanClub.fans());
        canvas.text(formula, PdfCanvas.LEFT + 20, top - 74, new Style(Weight.REGULAR, 10, Rgb.hex("D5DCE6")));
        canvas.fillRect(PdfCanvas.LEFT, top - height, 4, height, ACCENT);
        canvas.moveTo(top - height - 8);
        paragraph(texts.t("report.fanClub.explain"), note);
    }

    // ---- 8 agenda ----

    private void agenda() {
        sectionTitle("report.section.agenda");
        ElementRatings ratings = model.agendaRatings();
        if (ratings.rated().isEmpty()) {
            noData("report.noData.agenda");
            return;
        }
        paragraph(texts.t("report.agenda.intro"), body);
        agendaTable(ratings);
        canvas.down(6);
        subheading(texts.t("report.agenda.nextTime"));
        if (model.agendaCurve().isEmpty()) {
            noData("report.noData.agenda");
            return;
        }
        Suggestion suggestion = model.agendaCurve().get();
        paragraph(texts.t(suggestion.unchanged() ? "report.agenda.keepOrder" : "report.agenda.newOrder"), body);
        curve(suggestion);
        int unrated = ratings.elements().size() - ratings.rated().size();
        if (unrated > 0) {
            paragraph(texts.t("report.agenda.unrated", unrated), note);
        }
    }

    private void agendaTable(ElementRatings ratings) {
        float colName = PdfCanvas.LEFT + 18;
        float colN = PdfCanvas.LEFT + 250;
        float colMean = PdfCanvas.LEFT + 290;
        float colSpread = PdfCanvas.LEFT + 340;
        float colBar = PdfCanvas.LEFT + 370;
        char mark = numbers.decimalSeparator();
        canvas.keep(3 * cell.leading() + 10);
        float baseline = canvas.y() - header.size() - 2;
        canvas.text("#", PdfCanvas.LEFT + 2, baseline, header);
        canvas.text(texts.t("report.table.element"), colName, baseline, header);
        canvas.textRight(texts.t("report.table.n"), colN + 8, baseline, header);
        canvas.textRight(texts.t("report.table.mean"), colMean + 24, baseline, header);
        canvas.textRight(texts.t("report.table.spread"), colSpread + 22, baseline, header);
        canvas.moveTo(baseline - 6);
        canvas.line(PdfCanvas.LEFT, canvas.y(), PdfCanvas.RIGHT, canvas.y(), 0.8f, NAVY);
        int index = 0;
        for (ElementRatings.RatedElement element : ratings.elements()) {
            float height = cell.leading() + 4;
            canvas.keep(height);
            float top = canvas.y();
            if (index++ % 2 == 1) {
                canvas.fillRect(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, FAINT);
            }
            float line = top - cell.size() - 3;
            Statistic statistic = element.statistic();
            canvas.text(String.valueOf(index), PdfCanvas.LEFT + 2, line, note);
            canvas.text(canvas.fitted(element.element().title(), cell, colN - colName - 20), colName, line, cell);
            canvas.textRight(String.valueOf(statistic.n()), colN + 8, line, cell);
            canvas.textOnDecimal(numbers.grade(statistic.mean()), colMean + 14, line, cellStrong, mark);
            canvas.textOnDecimal(numbers.grade(statistic.standardDeviation()), colSpread + 12, line, cell, mark);
            if (statistic.mean().isPresent()) {
                charts.gradeBar(colBar, line, PdfCanvas.RIGHT - colBar, statistic.mean().getAsDouble(), NAVY);
            }
            canvas.moveTo(top - height);
        }
        canvas.line(PdfCanvas.LEFT, canvas.y(), PdfCanvas.RIGHT, canvas.y(), 0.6f, RULE);
    }

    // ---- 9 method ----

    private void method() {
        canvas.newPage();
        sectionTitle("report.section.method");
        subheading(texts.t("report.method.scaleTitle"));
        paragraph(texts.t("report.method.scale"), body);
        subheading(texts.t("report.method.gapTitle"));
        paragraph(texts.t("report.method.gap"), body);
        String margin = numbers.decimal(model.settings().margin(), 1);
        for (GapClass gapClass : GapClass.values()) {
            String rule = switch (gapClass) {
                case DISAPPOINTMENT -> texts.t("report.method.rule.disappointment", margin);
                case SATISFIED -> texts.t("report.method.rule.satisfied", margin);
                case FAN_ZONE -> texts.t("report.method.rule.fanZone", margin);
            };
            classLine(gapClass, rule);
        }
        canvas.down(4);
        paragraph(texts.t("report.method.spread", numbers.decimal(model.settings().disagreementThreshold(), 1)),
                body);
        subheading(texts.t("report.method.memoryTitle"));
        paragraph(texts.t("report.method.memory"), body);
        bullet(texts.t("report.method.peaksAndEnd", texts.t(MemoryModel.standard().nameKey())), body, BLUE);
        bullet(texts.t("report.method.classic", texts.t(MemoryModel.defaults().get(1).nameKey())), body, BLUE);
        bullet(texts.t("report.method.steps"), body, BLUE);
        paragraph(texts.t("report.method.sequencer"), body);
        subheading(texts.t("report.method.dataTitle"));
        paragraph(texts.t("report.method.data"), note);
        if (canvas.fonts().substituted()) {
            paragraph(texts.t("report.method.placeholder", PdfFonts.PLACEHOLDER), note);
        }
    }

    private void classLine(GapClass gapClass, String rule) {
        canvas.keep(2 * cell.leading());
        float top = canvas.y();
        canvas.fillRect(PdfCanvas.LEFT, top - 11, 14, 9, PdfCharts.colour(gapClass));
        canvas.text(texts.gapClass(gapClass), PdfCanvas.LEFT + 22, top - 10, cellStrong);
        canvas.moveTo(top);
        canvas.paragraph(rule + " " + texts.t(gapClass.descriptionKey()), PdfCanvas.LEFT + 120,
                PdfCanvas.WIDTH - 120, cell);
        canvas.down(4);
    }
}
