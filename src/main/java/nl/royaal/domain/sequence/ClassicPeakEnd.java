package nl.royaal.domain.sequence;

/**
 * The classic peak-end rule (Kahneman, Fredrickson, Schreiber and Redelmeier 1993; Redelmeier and
 * Kahneman 1996), written for a pleasant experience: R = (max x + xₙ) / 2, the average of the best
 * moment and the end.
 */
public record ClassicPeakEnd() implements MemoryModel {

    public static final String NAME_KEY = "model.classicPeakEnd";

    @Override
    public String nameKey() {
        return NAME_KEY;
    }

    @Override
    public double remembered(double[] scoresInOrder) {
        MemoryModel.requireScores(scoresInOrder);
        return (MemoryModel.max(scoresInOrder) + scoresInOrder[scoresInOrder.length - 1]) / 2;
    }
}
