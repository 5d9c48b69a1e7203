package nl.royaal.service.scoreentry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;

/**
 * Pre-fills the column mapping from the header: a column whose name contains a touchpoint's name
 * and a word for the dimension ("Website - verwachting", "Expectation [Invoice]") is mapped to
 * it. The longest touchpoint name that fits wins ("Offerte opvolgen" before "Offerte"); a
 * target already taken by an earlier column is not given twice. Everything else stays unmapped
 * for the trainer to choose.
 */
public final class ColumnGuess {

    private static final List<String> EXPECTATION_WORDS =
            List.of("verwachting", "verwacht", "verwachtingen", "expectation", "expectations", "expected", "expect");
    private static final List<String> EXPERIENCE_WORDS =
            List.of("ervaring", "ervaren", "ervaringen", "beleving", "experience", "experiences", "experienced");

    private ColumnGuess() {
    }

    /** One entry per header column: the target it is mapped to, or empty. */
    public static List<Optional<ScoreColumn>> guess(List<String> header, List<Touchpoint> touchpoints) {
        List<Optional<ScoreColumn>> mapping = new ArrayList<>();
        Set<ScoreColumn> taken = new HashSet<>();
        for (String name : header) {
            Optional<ScoreColumn> target = guessOne(name, touchpoints).filter(taken::add);
            mapping.add(target);
        }
        return mapping;
    }

    private static Optional<ScoreColumn> guessOne(String columnName, List<Touchpoint> touchpoints) {
        String normalized = " " + normalize(columnName) + " ";
        Optional<ScoreDimension> dimension = dimensionOf(normalized);
        if (dimension.isEmpty()) {
            return Optional.empty();
        }
        Touchpoint best = null;
        for (Touchpoint touchpoint : touchpoints) {
            String name = normalize(touchpoint.name());
            if (!name.isEmpty() && normalized.contains(" " + name + " ")
                    && (best == null || name.length() > normalize(best.name()).length())) {
                best = touchpoint;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new ScoreColumn(best.id(), dimension.get()));
    }

    private static Optional<ScoreDimension> dimensionOf(String normalized) {
        boolean expectation = EXPECTATION_WORDS.stream().anyMatch(word -> normalized.contains(" " + word + " "));
        boolean experience = EXPERIENCE_WORDS.stream().anyMatch(word -> normalized.contains(" " + word + " "));
        if (expectation == experience) {
            return Optional.empty();
        }
        return Optional.of(expectation ? ScoreDimension.EXPECTATION : ScoreDimension.EXPERIENCE);
    }

    /** Lower case, accents off, everything but letters and digits a single space. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
