package nl.royaal.persistence.file;

import static nl.royaal.persistence.file.VersionedJson.required;
import static nl.royaal.persistence.file.VersionedJson.validated;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopTemplate;

/**
 * Reads a workshop template: versioned JSON with every text in every language the app speaks
 * (docs/file-format.md, "Template format"). A template that reads without an exception
 * instantiates to a valid workshop in every language.
 */
public final class TemplateReader {

    /** The value of the top-level {@code "format"} field of a template. */
    public static final String FORMAT = "royaal-template";
    /** The template version this Royaal reads (and the newest). */
    public static final int FORMAT_VERSION = 1;
    /** Where the build puts the default template "Royale organisatie, loyale klanten" on the class path. */
    public static final String DEFAULT_TEMPLATE_RESOURCE =
            "/nl/royaal/assets/templates/royale-organisatie-loyale-klanten.json";

    record TemplateJson(
            String format,
            Integer formatVersion,
            String key,
            Map<String, String> title,
            List<ElementJson> agenda,
            List<JourneyStepJson> touchpoints) {
    }

    record ElementJson(ElementKind kind, Integer minutes, Boolean pinned, Map<String, String> title) {
    }

    record JourneyStepJson(Map<String, String> name, Double contactsPerCustomerPerYear) {
    }

    /** The template the app starts a new workshop from, shipped inside the application. */
    public static WorkshopTemplate defaultTemplate() {
        try (InputStream in = TemplateReader.class.getResourceAsStream(DEFAULT_TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default template " + DEFAULT_TEMPLATE_RESOURCE
                        + " is not on the class path: the build must copy assets/ to nl/royaal/assets/");
            }
            return new TemplateReader().read(in);
        } catch (IOException e) {
            throw RoyaalFileException.unreadable(e);
        }
    }

    /**
     * Reads a template and checks every text in every language through the domain. Reads the
     * stream to its end (at most {@link RoyaalFile#MAX_FILE_BYTES}) but does not close it.
     *
     * @throws RoyaalFileException when the content is not a template this Royaal can use
     */
    public WorkshopTemplate read(InputStream in) {
        VersionedJson.Envelope envelope = VersionedJson.open(VersionedJson.readLimited(in), FORMAT, FORMAT_VERSION);
        // Version 1 is the first template version: nothing to migrate yet (see RoyaalFile).
        TemplateJson json = VersionedJson.bind(envelope.root(), TemplateJson.class);

        String key = required(json.key(), "key");
        if (key.isBlank()) {
            throw RoyaalFileException.invalidContent("key", RoyaalFileException.DETAIL_MISSING_VALUE, null);
        }
        Map<Language, String> titles = texts(json.title(), "title");
        for (Language language : Language.values()) {
            validated("title", () -> new WorkshopDetails(titles.get(language), "", LocalDate.EPOCH, "", language));
        }
        List<WorkshopTemplate.Element> elements = new ArrayList<>();
        List<ElementJson> agenda = required(json.agenda(), "agenda");
        for (int i = 0; i < agenda.size(); i++) {
            elements.add(element(required(agenda.get(i), "agenda[" + i + "]"), "agenda[" + i + "]"));
        }
        List<WorkshopTemplate.JourneyStep> journey = new ArrayList<>();
        List<JourneyStepJson> touchpoints = required(json.touchpoints(), "touchpoints");
        for (int i = 0; i < touchpoints.size(); i++) {
            journey.add(journeyStep(required(touchpoints.get(i), "touchpoints[" + i + "]"), "touchpoints[" + i + "]"));
        }
        return validated("template", () -> new WorkshopTemplate(key, titles, elements, journey));
    }

    private static WorkshopTemplate.Element element(ElementJson json, String at) {
        ElementKind kind = required(json.kind(), at + ".kind");
        int minutes = required(json.minutes(), at + ".minutes");
        boolean pinned = Boolean.TRUE.equals(json.pinned());
        Map<Language, String> titles = texts(json.title(), at + ".title");
        // Check now, in every language, what instantiating would check later in one of them.
        for (Language language : Language.values()) {
            validated(at, () -> new AgendaElement(UUID.randomUUID(), kind, titles.get(language), minutes, pinned));
        }
        return new WorkshopTemplate.Element(kind, titles, minutes, pinned);
    }

    private static WorkshopTemplate.JourneyStep journeyStep(JourneyStepJson json, String at) {
        Map<Language, String> names = texts(json.name(), at + ".name");
        for (Language language : Language.values()) {
            validated(at, () -> new Touchpoint(UUID.randomUUID(), names.get(language),
                    json.contactsPerCustomerPerYear()));
        }
        return new WorkshopTemplate.JourneyStep(names, json.contactsPerCustomerPerYear());
    }

    /**
     * A text in every language, keyed by language code. Codes this Royaal does not speak are
     * skipped, so a template that a newer Royaal extended with a language still reads here.
     */
    private static Map<Language, String> texts(Map<String, String> byCode, String at) {
        required(byCode, at);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = byCode.get(language.code());
            if (text == null || text.isBlank()) {
                throw RoyaalFileException.invalidContent(at + "." + language.code(),
                        RoyaalFileException.DETAIL_MISSING_VALUE, null);
            }
            texts.put(language, text);
        }
        return texts;
    }
}
