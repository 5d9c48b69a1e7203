package nl.royaal.ui.charts;

import java.util.Objects;

/**
 * The charts' own stylesheet, given as each chart's user-agent stylesheet: it draws the shapes,
 * lines and labels with the console's colours, and any screen's stylesheet overrides it (the
 * projector's theme, the tone colours) without fighting over specificity.
 */
final class ChartStyles {

    static final String STYLESHEET = Objects.requireNonNull(
            ChartStyles.class.getResource("/nl/royaal/ui/charts/charts.css"), "charts.css").toExternalForm();

    private ChartStyles() {
    }
}
