package nl.royaal.ui.fanmoment;

/**
 * How a wall of cards fits a screen area: the largest type at which every card still shows a few
 * lines, in as many columns as make cards of a pleasant landscape shape. When even the smallest
 * readable type cannot hold them all, the wall shows them page by page instead of shrinking them
 * into a texture nobody can read from the back of the room.
 *
 * @param columns  cards side by side
 * @param rows     rows of cards on a page
 * @param fontSize of a card's text, in pixels
 * @param perPage  cards on one page ({@code columns × rows}, or fewer when there are fewer)
 * @param pages    1 when everything fits
 */
public record WallLayout(int columns, int rows, double fontSize, int perPage, int pages) {

    /** The largest type, relative to the projector's base size (few cards). */
    static final double LARGEST = 1.2;
    /** The smallest type the back of the room still reads (0.7 × 4 % of the screen height). */
    static final double SMALLEST = 0.7;
    private static final double STEP = 0.05;
    /** A card shows at least this many lines before its text ends in an ellipsis. */
    static final int MIN_LINES = 3;
    /** Card width in ems (about 20 characters a line at least). */
    static final double MIN_WIDTH_EM = 10;
    static final double LINE_HEIGHT = 1.25;
    static final double PADDING_EM = 0.45;
    /** Cards are nicest about this much wider than tall. */
    private static final double ASPECT = 2.5;

    /**
     * @param base the projector's base font size in pixels
     * @param gap  between cards, in pixels
     */
    public static WallLayout plan(int count, double width, double height, double base, double gap) {
        int cards = Math.max(1, count);
        for (double scale = LARGEST; scale >= SMALLEST - 1e-9; scale -= STEP) {
            double font = base * scale;
            WallLayout best = null;
            double bestScore = Double.MAX_VALUE;
            for (int columns = 1; columns <= cards; columns++) {
                double cardWidth = (width - (columns - 1) * gap) / columns;
                if (cardWidth < MIN_WIDTH_EM * font) {
                    break;
                }
                int rows = (cards + columns - 1) / columns;
                double cardHeight = (height - (rows - 1) * gap) / rows;
                if (cardHeight < minCardHeight(font)) {
                    continue;
                }
                double score = Math.abs(Math.log(cardWidth / cardHeight / ASPECT));
                if (score < bestScore) {
                    bestScore = score;
                    best = new WallLayout(columns, rows, font, cards, 1);
                }
            }
            if (best != null) {
                return best;
            }
        }
        double font = base * SMALLEST;
        int columns = Math.max(1, (int) Math.floor((width + gap) / (MIN_WIDTH_EM * font + gap)));
        int rows = Math.max(1, (int) Math.floor((height + gap) / (minCardHeight(font) + gap)));
        int perPage = columns * rows;
        return new WallLayout(columns, rows, font, perPage, (cards + perPage - 1) / perPage);
    }

    static double minCardHeight(double font) {
        return MIN_LINES * LINE_HEIGHT * font + 2 * PADDING_EM * font;
    }
}
