package nl.royaal.ui.closing;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Draws the grades per agenda part as horizontal bars: the part's name, a bar as long as its mean
 * out of 10, the mean and (on the console) how many graded it. Names stay readable at any length,
 * which a category axis would shorten or turn on end.
 */
final class RatingBars {

    private RatingBars() {
    }

    /** Fills the grid with one row per part; the best part's row is marked with {@code best}. */
    static void fill(GridPane grid, List<ClosingViewModel.Bar> bars, boolean withCount) {
        grid.getChildren().clear();
        int row = 0;
        for (ClosingViewModel.Bar bar : bars) {
            Label title = label(bar.title(), "rating-title");
            Region fill = new Region();
            fill.getStyleClass().add("rating-fill");
            StackPane track = new StackPane(fill);
            track.getStyleClass().add("rating-track");
            track.setAlignment(Pos.CENTER_LEFT);
            fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.fraction()));
            GridPane.setHgrow(track, Priority.ALWAYS);
            Label mean = label(bar.mean(), "rating-mean");
            grid.addRow(row, title, track, mean);
            if (withCount) {
                grid.add(label(bar.count(), "rating-count"), 3, row);
            }
            if (bar.best()) {
                title.getStyleClass().add("best");
                fill.getStyleClass().add("best");
                mean.getStyleClass().add("best");
            }
            row++;
        }
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
