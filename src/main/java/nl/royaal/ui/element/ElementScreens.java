package nl.royaal.ui.element;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;

/**
 * Which live screen each kind of element has. Kinds without one show the run screen's honest
 * "komt eraan" card; each issue that builds a round registers its screen here.
 */
public final class ElementScreens {

    /** Builds the live screen for one element of the running workshop. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param console the console's language
         * @param room    the workshop's language, for what the projector shows
         */
        ElementScreen create(AgendaElement element, LiveRun run, I18n console, I18n room);
    }

    private final Map<ElementKind, Factory> factories = new EnumMap<>(ElementKind.class);

    public ElementScreens register(ElementKind kind, Factory factory) {
        factories.put(kind, factory);
        return this;
    }

    public boolean has(ElementKind kind) {
        return factories.containsKey(kind);
    }

    public Optional<ElementScreen> create(AgendaElement element, LiveRun run, I18n console) {
        Factory factory = factories.get(element.kind());
        return factory == null ? Optional.empty()
                : Optional.of(factory.create(element, run, console, I18n.of(run.workshop().language())));
    }
}
