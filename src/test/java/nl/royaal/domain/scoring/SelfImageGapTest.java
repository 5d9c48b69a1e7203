package nl.royaal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import nl.royaal.domain.Score;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import org.junit.jupiter.api.Test;

class SelfImageGapTest {

    private static SelfImageScore answer(int participant, SelfImageQuestion question, int grade, long second) {
        return new SelfImageScore(Journeys.participant(participant), question, Score.of(grade),
                Journeys.START.plusSeconds(second));
    }

    private static List<SelfImageScore> room(int[] ours, int[] customers) {
        List<SelfImageScore> answers = new ArrayList<>();
        for (int i = 0; i < ours.length; i++) {
            answers.add(answer(i + 1, SelfImageQuestion.OUR_VIEW, ours[i], 0));
        }
        for (int i = 0; i < customers.length; i++) {
            answers.add(answer(i + 1, SelfImageQuestion.CUSTOMER_VIEW, customers[i], 0));
        }
        return answers;
    }

    @Test
    void weThinkBetterOfOurselvesThanOurCustomersWould() {
        // we give ourselves 8, 8, 7, 9 (mean 8); we think customers give 6, 5, 7, 6 (mean 6)
        SelfImageGap check = SelfImageGap.of(room(new int[] {8, 8, 7, 9}, new int[] {6, 5, 7, 6}));
        assertEquals(Statistic.of(8, 8, 7, 9), check.ourView());
        assertEquals(Statistic.of(6, 5, 7, 6), check.customerView());
        assertEquals(OptionalDouble.of(8.0), check.ourView().mean());
        assertEquals(OptionalDouble.of(6.0), check.customerView().mean());
        assertEquals(OptionalDouble.of(-2.0), check.gap(), "negative: customers would give less");
        assertEquals(OptionalDouble.of(Math.sqrt(2.0 / 3)), check.ourView().standardDeviation());
        assertEquals(4, check.respondents());
    }

    @Test
    void aPositiveGapMeansWeAreHarderOnOurselves() {
        SelfImageGap modest = SelfImageGap.of(room(new int[] {6, 6, 7}, new int[] {7, 8}));
        // 7.5 − 19/3 = 7/6, rounded once; subtracting the two rounded means would give 1.166666666666667
        assertEquals(OptionalDouble.of(7.0 / 6), modest.gap());
        assertEquals(1.166666666666667, 7.5 - 19.0 / 3);
        assertEquals(3, modest.respondents());
    }

    @Test
    void theGapIsExactWhereTheMeansAreThirds() {
        // 22/3 − 7 = 1/3, rounded once
        SelfImageGap thirds = SelfImageGap.of(room(new int[] {7}, new int[] {7, 7, 8}));
        assertEquals(OptionalDouble.of(1.0 / 3), thirds.gap());
    }

    @Test
    void noGapUntilBothQuestionsHaveAnswers() {
        assertEquals(OptionalDouble.empty(), SelfImageGap.of(List.of()).gap());
        assertEquals(OptionalDouble.empty(), SelfImageGap.of(room(new int[] {8}, new int[] {})).gap());
        assertEquals(0, SelfImageGap.of(List.of()).respondents());
    }

    @Test
    void theLaterAnswerReplacesTheEarlier() {
        List<SelfImageScore> answers = List.of(
                answer(1, SelfImageQuestion.OUR_VIEW, 9, 10),
                answer(1, SelfImageQuestion.OUR_VIEW, 6, 20),
                answer(1, SelfImageQuestion.OUR_VIEW, 10, 5),
                answer(1, SelfImageQuestion.CUSTOMER_VIEW, 5, 30));
        SelfImageGap check = SelfImageGap.of(answers);
        assertEquals(Statistic.of(6), check.ourView());
        assertEquals(OptionalDouble.of(-1.0), check.gap());
        assertEquals(1, check.respondents());
    }

    @Test
    void carriesBainsFiguresForTheReveal() {
        assertEquals(80, SelfImageGap.BAIN_FIRMS_CLAIMING_SUPERIOR_PERCENT);
        assertEquals(362, SelfImageGap.BAIN_FIRMS);
        assertEquals(8, SelfImageGap.BAIN_CUSTOMERS_AGREEING_PERCENT);
        assertEquals(2005, SelfImageGap.BAIN_YEAR);
        assertArrayEquals(new Object[] {2005, 80, 362, 8}, SelfImageGap.bainArguments());
        assertEquals("scoring.selfImage.bain", SelfImageGap.BAIN_REFERENCE_KEY);
    }
}
