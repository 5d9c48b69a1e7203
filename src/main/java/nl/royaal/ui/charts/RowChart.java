package nl.royaal.ui.charts;

import java.util.List;
import javafx.scene.layout.Region;

/**
 * What the row charts share: their stylesheet, their items and the spotlight on one row.
 *
 * @param <I> what one row shows
 */
abstract class RowChart<I> extends Region {

    /** The chart's rows, by key. */
    abstract ChartRows<? extends ChartRows.Row<I>> rows();

    /** The rows as last given. */
    public List<I> items() {
        return rows().ordered().stream().map(row -> row.item).toList();
    }

    /** Dims every row but the one with this key; {@code null} for none. */
    public void highlight(String key) {
        rows().highlight(key);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ChartStyles.STYLESHEET;
    }
}
