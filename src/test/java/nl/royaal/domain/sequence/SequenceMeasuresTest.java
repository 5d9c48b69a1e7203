package nl.royaal.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.royaal.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The memory models and measures of PRODUCT.md §4, against values worked out by hand. */
class SequenceMeasuresTest {

    private static final double[] COURSE = {6.1, 7.9, 6.6, 7.4, 6.9, 7.2};

    @Test
    void peaksAndEndAveragesTheBestTheWorstAndTheLast() {
        // (7.9 + 6.1 + 7.2) / 3 = 21.2 / 3
        assertThat(new PeaksAndEnd().remembered(COURSE)).isCloseTo(7.0667, within(1e-4));
        // (9 + 2 + 5) / 3
        assertThat(new PeaksAndEnd().remembered(new double[] {2, 9, 5})).isCloseTo(16.0 / 3, within(1e-12));
    }

    @Test
    void classicPeakEndAveragesTheBestAndTheLast() {
        // (7.9 + 7.2) / 2
        assertThat(new ClassicPeakEnd().remembered(COURSE)).isCloseTo(7.55, within(1e-12));
        assertThat(new ClassicPeakEnd().remembered(new double[] {2, 9, 5})).isCloseTo(7.0, within(1e-12));
    }

    @Test
    void aSingleScoreIsRememberedAsItself() {
        assertThat(new PeaksAndEnd().remembered(new double[] {6.5})).isCloseTo(6.5, within(1e-12));
        assertThat(new ClassicPeakEnd().remembered(new double[] {6.5})).isCloseTo(6.5, within(1e-12));
    }

    @Test
    void endingOnThePeakLiftsBothModels() {
        double[] ascending = {6.1, 6.6, 6.9, 7.2, 7.4, 7.9};
        assertThat(new PeaksAndEnd().remembered(ascending)).isCloseTo((7.9 + 6.1 + 7.9) / 3, within(1e-12));
        assertThat(new ClassicPeakEnd().remembered(ascending)).isCloseTo(7.9, within(1e-12));
    }

    @Test
    void modelsRefuseAnEmptySequence() {
        assertThatThrownBy(() -> new PeaksAndEnd().remembered(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClassicPeakEnd().remembered(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelsNameThemselvesByMessageKey() {
        assertThat(MemoryModel.defaults()).extracting(MemoryModel::nameKey)
                .containsExactly("model.peaksAndEnd", "model.classicPeakEnd");
        assertThat(MemoryModel.standard()).isEqualTo(new PeaksAndEnd());
    }

    @Test
    void risingStepsCountEveryStepUp() {
        // up 6.1→7.9, down, up 6.6→7.4, down, up 6.9→7.2
        assertThat(SequenceMeasures.risingSteps(COURSE)).isEqualTo(3);
        assertThat(SequenceMeasures.risingSteps(new double[] {1, 2, 3, 4})).isEqualTo(3);
        assertThat(SequenceMeasures.risingSteps(new double[] {4, 3, 2, 1})).isZero();
        assertThat(SequenceMeasures.risingSteps(new double[] {5})).isZero();
    }

    @Test
    void aFlatStepIsNotARise() {
        assertThat(SequenceMeasures.risingSteps(new double[] {7, 7, 8, 8})).isEqualTo(1);
        // 0.1 + 0.2 and 0.3 differ in the last bit; as scores they are equal.
        assertThat(SequenceMeasures.risingSteps(new double[] {0.3, 0.1 + 0.2})).isZero();
        assertThat(SequenceMeasures.totalDescent(new double[] {0.1 + 0.2, 0.3})).isZero();
    }

    @Test
    void totalDescentAddsUpEveryDrop() {
        // 7.9 → 6.6 drops 1.3, 7.4 → 6.9 drops 0.5
        assertThat(SequenceMeasures.totalDescent(COURSE)).isCloseTo(1.8, within(1e-12));
        assertThat(SequenceMeasures.totalDescent(new double[] {9, 1, 9, 1})).isCloseTo(16, within(1e-12));
        assertThat(SequenceMeasures.totalDescent(new double[] {1, 5, 10})).isZero();
    }

    @Test
    void measuresDescribeTheWholeCurve() {
        SequenceMeasures measures = SequenceMeasures.of(COURSE);
        assertThat(measures.risingSteps()).isEqualTo(3);
        assertThat(measures.totalDescent()).isCloseTo(1.8, within(1e-12));
        assertThat(measures.end()).isEqualTo(7.2);
        assertThat(measures.peak()).isEqualTo(7.9);
        assertThat(measures.trough()).isEqualTo(6.1);
        assertThat(measures.remembered(new PeaksAndEnd())).isCloseTo(21.2 / 3, within(1e-12));
        assertThat(measures.remembered(new ClassicPeakEnd())).isCloseTo(7.55, within(1e-12));
        assertThat(measures.rememberedScore()).isEqualTo(measures.remembered(new PeaksAndEnd()));
        assertThat(measures.remembered()).extracting(SequenceMeasures.Remembered::model)
                .containsExactlyElementsOf(MemoryModel.defaults());
    }

    @Test
    void measuresDoNotKeepTheCallersArray() {
        double[] scores = {5, 6};
        SequenceMeasures measures = SequenceMeasures.of(scores);
        scores[1] = 1;
        assertThat(measures.end()).isEqualTo(6);
    }

    @Test
    void measuresRefuseNoScores() {
        assertThatThrownBy(() -> SequenceMeasures.of(new double[0]))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("sequence.error.empty"));
    }

    @Test
    void aModelThatWasNotMeasuredIsAnError() {
        SequenceMeasures measures = SequenceMeasures.of(COURSE, java.util.List.of(new ClassicPeakEnd()));
        assertThatThrownBy(() -> measures.remembered(new PeaksAndEnd())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewModelPlugsIn() {
        MemoryModel endOnly = new MemoryModel() {
            @Override
            public String nameKey() {
                return "model.endOnly";
            }

            @Override
            public double remembered(double[] scoresInOrder) {
                return scoresInOrder[scoresInOrder.length - 1];
            }
        };
        assertThat(SequenceMeasures.of(COURSE, java.util.List.of(endOnly)).remembered(endOnly)).isEqualTo(7.2);
    }
}
