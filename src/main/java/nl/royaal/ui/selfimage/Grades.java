package nl.royaal.ui.selfimage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.i18n.I18n;

/**
 * Grades and gaps as the screens say them: one decimal in the language's notation ("7,4"), a gap
 * with its sign ("−1,3", "+0,5") and a gap that rounds to nothing as "0,0", never "−0,0"; an absent
 * figure is "–". Shared by the self-image and promise checks.
 */
public final class Grades {

    private Grades() {
    }

    /** Rounded half up to one decimal, as shown: 7.25 is 7.3. */
    public static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public static String grade(I18n i18n, double value) {
        return i18n.t("selfimage.number", oneDecimal(value));
    }

    public static String grade(I18n i18n, OptionalDouble value) {
        return value.isPresent() ? grade(i18n, value.getAsDouble()) : i18n.t(Statistic.NO_VALUE_KEY);
    }

    /** A difference with its sign; a difference that rounds to zero has none. */
    public static String signed(I18n i18n, double value) {
        double rounded = oneDecimal(value);
        return rounded == 0 ? i18n.t("selfimage.number", 0.0) : i18n.t("selfimage.signed", rounded);
    }

    public static String signed(I18n i18n, OptionalDouble value) {
        return value.isPresent() ? signed(i18n, value.getAsDouble()) : i18n.t(Statistic.NO_VALUE_KEY);
    }
}
