package nl.royaal.testing;

import java.util.List;
import java.util.Map;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.WorkshopTemplate;

/** A small template (three elements, two touchpoints) for tests that need a workshop, not the real template. */
public final class TestTemplates {

    private TestTemplates() {
    }

    public static WorkshopTemplate small() {
        return new WorkshopTemplate("test-template",
                Map.of(Language.NL, "Royale organisatie, loyale klanten", Language.EN, "Royal organisation, loyal customers"),
                List.of(
                        element(ElementKind.WELCOME, "Welkom", "Welcome", 10, true),
                        element(ElementKind.FAN_MOMENT, "Fanmoment", "Fan moment", 15, false),
                        element(ElementKind.CLOSING, "Afsluiten", "Closing", 10, true)),
                List.of(
                        new WorkshopTemplate.JourneyStep(Map.of(Language.NL, "Website", Language.EN, "Website"), 4.0),
                        new WorkshopTemplate.JourneyStep(Map.of(Language.NL, "Factuur", Language.EN, "Invoice"), 12.0)));
    }

    private static WorkshopTemplate.Element element(ElementKind kind, String dutch, String english, int minutes,
            boolean pinned) {
        return new WorkshopTemplate.Element(kind, Map.of(Language.NL, dutch, Language.EN, english), minutes, pinned);
    }
}
