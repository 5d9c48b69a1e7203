package nl.royaal.i18n;

import nl.royaal.domain.scoring.ContactFrequency;

/**
 * The reality check's one sentence, "Eens per 6 jaar een mens, 12 keer per jaar een machine.",
 * in one place: the console, the projector and the report say it alike.
 */
public final class ContactWords {

    private ContactWords() {
    }

    /**
     * @param frequency personal contacts of one average customer
     * @param automated automated contacts per customer per year, or {@code null} when unknown (the
     *                  sentence then names the person only)
     */
    public static String sentence(ContactFrequency frequency, Double automated, I18n language) {
        String person = frequency.interval()
                .map(interval -> language.t(interval.unit().messageKey(), interval.rounded()))
                .orElse(language.t("touchpoints.reality.never"));
        if (automated == null) {
            return language.t("touchpoints.reality.sentence.person", person);
        }
        return language.t("touchpoints.reality.sentence", person, language.t("touchpoints.reality.machine", automated));
    }
}
