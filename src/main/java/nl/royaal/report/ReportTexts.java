package nl.royaal.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.i18n.I18n;

/** The report's words for the domain's enums, and its dates, in the workshop's language. */
final class ReportTexts {

    private final I18n i18n;
    private final Locale locale;

    ReportTexts(I18n i18n) {
        this.i18n = i18n;
        this.locale = i18n.language().locale();
    }

    I18n i18n() {
        return i18n;
    }

    String t(String key, Object... arguments) {
        return i18n.t(key, arguments);
    }

    String gapClass(GapClass gapClass) {
        return i18n.t(gapClass.messageKey());
    }

    String kind(ElementKind kind) {
        return i18n.t("kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    String dimension(ScoreDimension dimension) {
        return i18n.t(switch (dimension) {
            case EXPECTATION -> "report.dimension.expectation";
            case EXPERIENCE -> "report.dimension.experience";
        });
    }

    String purpose(TextPurpose purpose) {
        return i18n.t(switch (purpose) {
            case FAN_MOMENT -> "report.purpose.fanMoment";
            case VISION_PROPOSAL -> "report.purpose.visionProposal";
            case PLEDGE -> "report.purpose.pledge";
        });
    }

    String visionField(VisionField field) {
        return i18n.t(switch (field) {
            case IDEAL_CUSTOMER -> "report.vision.idealCustomer";
            case EXPERIENCE_SENTENCE -> "report.vision.experienceSentence";
            case ALL_IN_ON -> "report.vision.allInOn";
            case NOT_DOING -> "report.vision.notDoing";
            case PROMISE -> "report.vision.promise";
        });
    }

    /** "14 maart 2025" / "March 14, 2025". */
    String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
