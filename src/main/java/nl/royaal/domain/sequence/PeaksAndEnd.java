package nl.royaal.domain.sequence;

/**
 * Royaal's default memory model, in the workshop brief's own words "highs, lows and the last":
 * R = (max x + min x + xₙ) / 3. The best and the worst moment and the end weigh equally.
 */
public record PeaksAndEnd() implements MemoryModel {

    public static final String NAME_KEY = "model.peaksAndEnd";

    @Override
    public String nameKey() {
        return NAME_KEY;
    }

    @Override
    public double remembered(double[] scoresInOrder) {
        MemoryModel.requireScores(scoresInOrder);
        double end = scoresInOrder[scoresInOrder.length - 1];
        return (MemoryModel.max(scoresInOrder) + MemoryModel.min(scoresInOrder) + end) / 3;
    }
}
