package nl.royaal.ui.fanmoment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** How the wall fits 1 to hundreds of texts on a projector without shrinking them past reading. */
class WallLayoutTest {

    /** The wall's area on a 1080p projector under the slide's title and prompt. */
    private static final double WIDTH = 1760;
    private static final double HEIGHT = 640;
    private static final double BASE = 43;
    private static final double GAP = 15;

    @Test
    void threeStoriesGetLargeTypeSideBySide() {
        WallLayout layout = WallLayout.plan(3, WIDTH, HEIGHT, BASE, GAP);

        assertEquals(1, layout.pages());
        assertEquals(BASE * WallLayout.LARGEST, layout.fontSize(), 0.01);
        assertEquals(3, layout.columns() * layout.rows() >= 3 ? Math.min(3, layout.columns() * layout.rows()) : 0);
    }

    @Test
    void sixtyStoriesArePagedAtAReadableSizeInsteadOfShrunk() {
        WallLayout layout = WallLayout.plan(60, WIDTH, HEIGHT, BASE, GAP);

        assertEquals(BASE * WallLayout.SMALLEST, layout.fontSize(), 0.01);
        assertTrue(layout.pages() > 1);
        assertTrue(layout.perPage() * layout.pages() >= 60);
        assertTrue(layout.fontSize() >= 30, "at least 30 px on a 1080p screen: " + layout.fontSize());
    }

    @Property
    void everyCardFitsTheAreaWithAtLeastThreeLinesAndAllTextsAreShown(@ForAll @IntRange(min = 0, max = 400) int count,
            @ForAll @IntRange(min = 300, max = 3000) int width, @ForAll @IntRange(min = 200, max = 1500) int height) {
        WallLayout layout = WallLayout.plan(count, width, height, BASE, GAP);

        double cardWidth = (width - (layout.columns() - 1) * GAP) / layout.columns();
        double cardHeight = (height - (layout.rows() - 1) * GAP) / layout.rows();
        assertTrue(layout.fontSize() >= BASE * WallLayout.SMALLEST - 1e-9);
        assertTrue(layout.perPage() * layout.pages() >= count, "no text is left out");
        if (cardWidth >= WallLayout.MIN_WIDTH_EM * layout.fontSize()
                && height >= WallLayout.minCardHeight(layout.fontSize())) {
            assertTrue(cardHeight >= WallLayout.minCardHeight(layout.fontSize()) - 1e-6,
                    "a card shows three lines: " + layout);
        }
    }
}
