package nl.royaal.ui.fanmoment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import nl.royaal.ui.projector.ScreenPlacement;

/**
 * The projector's wall of texts (fan moments, pledges): the highlighted one large on top, the rest
 * as cards whose type size follows their number ({@link WallLayout}). A card's text that does not
 * fit ends in an ellipsis; nothing ever runs off the screen and there are no scroll bars. When the
 * cards do not fit at a readable size, the wall turns pages by itself. Right-to-left texts are laid
 * out right-to-left.
 */
public final class FanWall extends Region {

    /** How long a page stays up when the wall has more than one. */
    static final Duration PAGE_TIME = Duration.seconds(12);

    private final ObservableList<WallEntry> entries;
    private final ReadOnlyObjectProperty<WallEntry> highlighted;
    private final BiFunction<Integer, Integer, String> pageText;
    private final Timeline pager = new Timeline(new KeyFrame(PAGE_TIME, event -> turnPage()));
    private final Label pageLabel = new Label();
    private WallCard highlightCard;
    private final List<WallCard> cards = new ArrayList<>();
    private WallLayout layout = new WallLayout(1, 1, 16, 1, 1);
    private int page;
    private double footer;

    /**
     * @param pageText "page {0} of {1}" in the room's language
     */
    public FanWall(ObservableList<WallEntry> entries, ReadOnlyObjectProperty<WallEntry> highlighted,
            BiFunction<Integer, Integer, String> pageText) {
        this.entries = entries;
        this.highlighted = highlighted;
        this.pageText = pageText;
        getStyleClass().add("fan-wall");
        setId("fanWall");
        pageLabel.getStyleClass().add("fan-wall-page");
        pageLabel.setId("fanWallPage");
        pager.setCycleCount(Timeline.INDEFINITE);
        entries.addListener((ListChangeListener<WallEntry>) change -> rebuild());
        highlighted.addListener((obs, old, now) -> rebuild());
        widthProperty().addListener((obs, old, now) -> rebuild());
        heightProperty().addListener((obs, old, now) -> rebuild());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                pager.stop();
            } else {
                rebuild();
            }
        });
        setMinSize(0, 0);
        setPrefSize(800, 400);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /** The layout in use now (for tests). */
    public WallLayout wallLayout() {
        return layout;
    }

    /** The page shown now, from 0. */
    public int page() {
        return page;
    }

    /** The cards on screen now, highlight first (for tests). */
    public List<WallCard> cardsShown() {
        List<WallCard> shown = new ArrayList<>();
        if (highlightCard != null) {
            shown.add(highlightCard);
        }
        shown.addAll(cards);
        return shown;
    }

    /** The next page (the pager does this by itself every few seconds). */
    public void turnPage() {
        page = layout.pages() <= 1 ? 0 : (page + 1) % layout.pages();
        rebuild();
    }

    private double base() {
        double screenHeight = getScene() == null ? 1080 : getScene().getHeight();
        return ScreenPlacement.baseFontSize(screenHeight);
    }

    private double gap() {
        return Math.round(base() * 0.35);
    }

    private double highlightHeight() {
        if (highlighted.get() == null) {
            return 0;
        }
        return entries.isEmpty() ? getHeight() : Math.round(getHeight() * 0.32);
    }

    private void rebuild() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        double base = base();
        double top = highlightHeight();
        double rest = top > 0 ? height - top - gap() : height;
        layout = WallLayout.plan(entries.size(), width, Math.max(0, rest), base, gap());
        footer = 0;
        if (layout.pages() > 1) {
            // Room under the cards for "1 / 3".
            footer = Math.round(base * 0.9);
            layout = WallLayout.plan(entries.size(), width, Math.max(0, rest - footer), base, gap());
        }
        page = Math.min(page, layout.pages() - 1);
        List<javafx.scene.Node> children = new ArrayList<>();
        highlightCard = null;
        WallEntry large = highlighted.get();
        if (large != null) {
            highlightCard = new WallCard(large, base * (entries.isEmpty() ? 1.6 : 1.1));
            highlightCard.getStyleClass().add("fan-wall-highlight");
            highlightCard.setId("fanWallHighlight");
            children.add(highlightCard);
        }
        cards.clear();
        int from = page * layout.perPage();
        for (WallEntry entry : entries.subList(Math.min(from, entries.size()),
                Math.min(from + layout.perPage(), entries.size()))) {
            WallCard card = new WallCard(entry, layout.fontSize());
            cards.add(card);
            children.add(card);
        }
        boolean paging = layout.pages() > 1;
        if (paging) {
            pageLabel.setText(pageText.apply(page + 1, layout.pages()));
            pageLabel.setStyle(fontStyle(base * 0.6));
            children.add(pageLabel);
            if (pager.getStatus() != javafx.animation.Animation.Status.RUNNING && getScene() != null) {
                pager.play();
            }
        } else {
            pager.stop();
        }
        getChildren().setAll(children);
        requestLayout();
    }

    private static String fontStyle(double pixels) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", pixels);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double gap = gap();
        double y = 0;
        if (highlightCard != null) {
            double top = highlightHeight();
            highlightCard.resizeRelocate(0, 0, width, top);
            y = top + gap;
        }
        double height = getHeight() - y - footer;
        double cardWidth = (width - (layout.columns() - 1) * gap) / layout.columns();
        int rows = Math.max(1, Math.min(layout.rows(), (cards.size() + layout.columns() - 1) / layout.columns()));
        double cardHeight = layout.pages() > 1 || rows == layout.rows()
                ? (height - (layout.rows() - 1) * gap) / layout.rows()
                : (height - (rows - 1) * gap) / rows;
        for (int i = 0; i < cards.size(); i++) {
            int column = i % layout.columns();
            int row = i / layout.columns();
            cards.get(i).resizeRelocate(Math.round(column * (cardWidth + gap)), Math.round(y + row * (cardHeight + gap)),
                    Math.floor(cardWidth), Math.floor(cardHeight));
        }
        if (pageLabel.getParent() == this) {
            double w = pageLabel.prefWidth(-1);
            double h = pageLabel.prefHeight(-1);
            pageLabel.resizeRelocate(width - w, getHeight() - h, w, h);
        }
    }
}
