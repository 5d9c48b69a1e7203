package nl.royaal.domain.sequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Random valid sequences for properties and for measuring the heuristic: a hidden target order
 * decides which pins and "before" rules to make, so there is always an order that keeps them.
 * Scores are means with one decimal, often drawn from a few values so that ties occur.
 */
public final class RandomSequences {

    private RandomSequences() {
    }

    /**
     * @param pinChance  chance that an item is pinned (at its place in the hidden order)
     * @param maxRules   the most "before" rules (fewer when duplicates are drawn)
     */
    public static Sequence generate(int n, long seed, double pinChance, int maxRules) {
        Random random = new Random(seed);
        boolean fewValues = random.nextBoolean();
        int[] pool = new int[3 + random.nextInt(3)];
        for (int v = 0; v < pool.length; v++) {
            pool[v] = 10 + random.nextInt(91);
        }
        List<Integer> target = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            target.add(i);
        }
        Collections.shuffle(target, random);
        int[] targetPosition = new int[n];
        for (int p = 0; p < n; p++) {
            targetPosition[target.get(p)] = p;
        }
        List<SequenceItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int tenths = fewValues ? pool[random.nextInt(pool.length)] : 10 + random.nextInt(91);
            Integer pinned = random.nextDouble() < pinChance ? targetPosition[i] : null;
            items.add(new SequenceItem(new UUID(0, i), "item " + i, tenths / 10.0, pinned));
        }
        List<Before> rules = new ArrayList<>();
        int count = maxRules == 0 ? 0 : random.nextInt(maxRules + 1);
        for (int r = 0; r < count && n > 1; r++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b) {
                continue;
            }
            int earlier = targetPosition[a] < targetPosition[b] ? a : b;
            int later = earlier == a ? b : a;
            rules.add(new Before(items.get(earlier).id(), items.get(later).id()));
        }
        Collections.shuffle(items, random);
        return Sequence.of(items, rules);
    }

    /** Scores only, no pins and no rules. */
    public static Sequence free(int n, long seed) {
        return generate(n, seed, 0, 0);
    }
}
