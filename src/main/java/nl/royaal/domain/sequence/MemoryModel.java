package nl.royaal.domain.sequence;

import java.util.List;

/**
 * A prediction of the score people remember of a sequence, from its scores in order (PRODUCT.md
 * §4). Pluggable: the screen and the report show every model in {@link #defaults()} side by side.
 */
public interface MemoryModel {

    /** Message key of the model's name, e.g. {@code model.peaksAndEnd}. */
    String nameKey();

    /**
     * The remembered score of a non-empty sequence of scores.
     *
     * @throws IllegalArgumentException when {@code scoresInOrder} is empty
     */
    double remembered(double[] scoresInOrder);

    /** The models Royaal shows, the default first: "peaks and end", then classic peak-end. */
    static List<MemoryModel> defaults() {
        return List.of(new PeaksAndEnd(), new ClassicPeakEnd());
    }

    /** The model used where only one is shown: "peaks and end". */
    static MemoryModel standard() {
        return new PeaksAndEnd();
    }

    /** Refuses an empty sequence: a model needs at least an end. */
    static void requireScores(double[] scoresInOrder) {
        if (scoresInOrder.length == 0) {
            throw new IllegalArgumentException("a memory model needs at least one score");
        }
    }

    static double max(double[] scores) {
        double max = scores[0];
        for (double score : scores) {
            max = Math.max(max, score);
        }
        return max;
    }

    static double min(double[] scores) {
        double min = scores[0];
        for (double score : scores) {
            min = Math.min(min, score);
        }
        return min;
    }
}
