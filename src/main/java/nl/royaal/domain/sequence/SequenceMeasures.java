package nl.royaal.domain.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.royaal.domain.DomainException;

/**
 * What the curve of a sequence looks like (PRODUCT.md §4): the remembered score under each memory
 * model, the rising steps, the total descent, the end, the peak and the trough.
 *
 * @param remembered   one entry per memory model, in the models' order
 * @param risingSteps  the number of i with xᵢ₊₁ > xᵢ; n − 1 for an ascending order
 * @param totalDescent Σ max(0, xᵢ − xᵢ₊₁); 0 when the order never goes down
 * @param end          the last score, xₙ
 * @param peak         the highest score
 * @param trough       the lowest score
 */
public record SequenceMeasures(
        List<Remembered> remembered, int risingSteps, double totalDescent, double end, double peak, double trough) {

    /**
     * Scores closer together than this count as equal: they are means (7.4) that may differ in
     * the last bits depending on how they were computed. Means of whole grades that really
     * differ are at least 1/(n₁·n₂) apart, far more than this.
     */
    public static final double EPSILON = 1e-9;

    /** The remembered score of a sequence under one memory model. */
    public record Remembered(MemoryModel model, double score) {
        public Remembered {
            Objects.requireNonNull(model, "model");
        }
    }

    public SequenceMeasures {
        remembered = List.copyOf(remembered);
    }

    /** The measures under the default memory models ({@link MemoryModel#defaults()}). */
    public static SequenceMeasures of(double[] scoresInOrder) {
        return of(scoresInOrder, MemoryModel.defaults());
    }

    /**
     * @throws DomainException {@code sequence.error.empty} for no scores
     * @throws IllegalArgumentException for a score that is not a number (a programming error:
     *         items refuse NaN)
     */
    public static SequenceMeasures of(double[] scoresInOrder, List<MemoryModel> models) {
        if (scoresInOrder.length == 0) {
            throw new DomainException(Problem.EMPTY);
        }
        for (double score : scoresInOrder) {
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("not a score: " + score);
            }
        }
        double[] scores = scoresInOrder.clone();
        List<Remembered> remembered = new ArrayList<>(models.size());
        for (MemoryModel model : models) {
            remembered.add(new Remembered(model, model.remembered(scores)));
        }
        return new SequenceMeasures(remembered, risingSteps(scores), totalDescent(scores),
                scores[scores.length - 1], MemoryModel.max(scores), MemoryModel.min(scores));
    }

    /** The number of steps that go up by more than {@link #EPSILON}. */
    public static int risingSteps(double[] scoresInOrder) {
        int rising = 0;
        for (int i = 0; i + 1 < scoresInOrder.length; i++) {
            if (scoresInOrder[i + 1] - scoresInOrder[i] > EPSILON) {
                rising++;
            }
        }
        return rising;
    }

    /** The sum of the drops between neighbours; drops within {@link #EPSILON} count as none. */
    public static double totalDescent(double[] scoresInOrder) {
        double total = 0;
        for (int i = 0; i + 1 < scoresInOrder.length; i++) {
            double drop = scoresInOrder[i] - scoresInOrder[i + 1];
            if (drop > EPSILON) {
                total += drop;
            }
        }
        return total;
    }

    /**
     * The remembered score under {@code model}.
     *
     * @throws IllegalArgumentException when these measures were made without that model
     */
    public double remembered(MemoryModel model) {
        return remembered.stream()
                .filter(entry -> entry.model().equals(model))
                .mapToDouble(Remembered::score)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not measured with " + model));
    }

    /** The remembered score under the first (default) model. */
    public double rememberedScore() {
        return remembered.getFirst().score();
    }
}
