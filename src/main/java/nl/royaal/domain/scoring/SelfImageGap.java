package nl.royaal.domain.scoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.Workshop;

/**
 * The self-image check (PRODUCT.md §1 "Self-image gap", §3 step 3): how customer-centric the
 * room thinks it is, against the grade it thinks its customers would give. Immutable.
 *
 * <p>The gap is customer view − our view: negative means we think better of ourselves than our
 * customers would, as in Bain &amp; Company's "Closing the delivery gap" (2005), where 80% of
 * 362 firms said they deliver a superior experience and 8% of their customers agreed.
 *
 * @param ourView      the grades for "How customer-centric are we?"
 * @param customerView the grades for "What would our customers give us?"
 * @param respondents  participants who answered at least one of the two
 */
public record SelfImageGap(Statistic ourView, Statistic customerView, int respondents) {

    /** Bain &amp; Company, "Closing the delivery gap", 2005. */
    public static final int BAIN_YEAR = 2005;
    /** The number of firms Bain asked. */
    public static final int BAIN_FIRMS = 362;
    /** Of those firms, the share that said they deliver a superior customer experience. */
    public static final int BAIN_FIRMS_CLAIMING_SUPERIOR_PERCENT = 80;
    /** Of their customers, the share that said the firm delivers a superior experience. */
    public static final int BAIN_CUSTOMERS_AGREEING_PERCENT = 8;

    /**
     * The reference sentence for the reveal. Arguments: {0} year, {1} percent of firms, {2} number
     * of firms, {3} percent of customers; see {@link #bainArguments()}.
     */
    public static final String BAIN_REFERENCE_KEY = "scoring.selfImage.bain";
    /** The workshop's question after the reveal: "Do you think that, or did you ask your customers?" */
    public static final String ASK_CUSTOMERS_KEY = "scoring.selfImage.askCustomers";

    public SelfImageGap {
        Objects.requireNonNull(ourView, "ourView");
        Objects.requireNonNull(customerView, "customerView");
        if (respondents < Math.max(ourView.n(), customerView.n()) || respondents > ourView.n() + customerView.n()) {
            throw new IllegalArgumentException("respondents " + respondents + " do not fit the answers");
        }
    }

    /** The check from this workshop's answers. */
    public static SelfImageGap of(Workshop workshop) {
        return of(workshop.answers().selfImage());
    }

    /** The check from these answers: per participant and question the one answered last counts. */
    public static SelfImageGap of(Collection<SelfImageScore> answers) {
        Map<Key, SelfImageScore> latest = new HashMap<>();
        for (SelfImageScore answer : answers) {
            latest.merge(new Key(answer.participantId(), answer.question()), answer,
                    (earlier, later) -> later.answeredAt().isBefore(earlier.answeredAt()) ? earlier : later);
        }
        Statistic ours = Statistic.EMPTY;
        Statistic customers = Statistic.EMPTY;
        Set<UUID> respondents = new HashSet<>();
        for (SelfImageScore answer : latest.values()) {
            respondents.add(answer.participantId());
            if (answer.question() == SelfImageQuestion.OUR_VIEW) {
                ours = ours.plus(answer.score());
            } else {
                customers = customers.plus(answer.score());
            }
        }
        return new SelfImageGap(ours, customers, respondents.size());
    }

    /**
     * Mean customer view − mean our view; negative when we rate ourselves higher than we think
     * our customers would. Absent unless both questions have answers.
     */
    public OptionalDouble gap() {
        if (!ourView.hasMean() || !customerView.hasMean()) {
            return OptionalDouble.empty();
        }
        long numerator = customerView.sum() * ourView.n() - ourView.sum() * customerView.n();
        return OptionalDouble.of((double) numerator / ((double) ourView.n() * customerView.n()));
    }

    /** The arguments of {@link #BAIN_REFERENCE_KEY}, in order. */
    public static Object[] bainArguments() {
        return new Object[] {
            BAIN_YEAR, BAIN_FIRMS_CLAIMING_SUPERIOR_PERCENT, BAIN_FIRMS, BAIN_CUSTOMERS_AGREEING_PERCENT};
    }

    private record Key(UUID participantId, SelfImageQuestion question) {
    }
}
