package nl.royaal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;

/**
 * The sentences of the phone page, from the same bundles as the console, in the workshop's
 * language. The page holds no text of its own: it asks {@code GET /api/texts} for these, and the
 * view's {@code *Key} fields name more of them.
 */
final class PhoneTexts {

    /** Every key the page may show, spelled out (the localisation test checks each exists in both languages). */
    static final List<String> PAGE_KEYS = List.of(
            "phone.page.title",
            "phone.join.heading",
            "phone.join.code",
            "phone.join.submit",
            "phone.join.hint",
            "phone.join.again",
            "phone.wait.heading",
            "phone.wait.text",
            "phone.ended",
            "phone.closed",
            "phone.sending",
            "phone.received",
            "phone.changed",
            "phone.offline",
            "phone.online",
            "phone.send",
            "phone.counter",
            "phone.scores.expectation",
            "phone.scores.experience",
            "phone.scores.none",
            "phone.votes.left",
            "phone.votes.put",
            "phone.votes.taken",
            "phone.votes.none",
            "phone.votes.add",
            "phone.votes.remove",
            "phone.votes.count",
            "phone.votes.maxNote",
            "phone.prompt.wait",
            "phone.prompt.scores",
            "phone.prompt.selfImage",
            "phone.prompt.fanMoment",
            "phone.prompt.pledge",
            "phone.prompt.proposals",
            "phone.prompt.votes",
            "phone.prompt.ratings",
            "phone.selfImage.ourView",
            "phone.selfImage.customerView",
            "phone.vision.idealCustomer",
            "phone.vision.experienceSentence",
            "phone.vision.allInOn",
            "phone.vision.notDoing",
            "phone.vision.promise",
            "phone.error.network");

    private final Map<Language, Map<String, String>> byLanguage = new LinkedHashMap<>();

    PhoneTexts() {
        for (Language language : Language.values()) {
            I18n i18n = I18n.of(language);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String key : PAGE_KEYS) {
                texts.put(key, i18n.t(key));
            }
            byLanguage.put(language, Map.copyOf(texts));
        }
    }

    Map<String, String> page(Language language) {
        return byLanguage.get(language);
    }
}
