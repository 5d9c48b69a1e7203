package nl.royaal.ui.common;

import nl.royaal.domain.ElementKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** One recognisable icon per kind of agenda element, the same in every screen. */
public final class KindIcons {

    private KindIcons() {
    }

    public static String literal(ElementKind kind) {
        return switch (kind) {
            case WELCOME -> "mdi2h-hand-wave-outline";
            case FAN_MOMENT -> "mdi2s-star-outline";
            case SELF_IMAGE -> "mdi2m-mirror";
            case DREAM_SERVICE -> "mdi2c-crown-outline";
            case TOUCHPOINTS -> "mdi2m-map-marker-path";
            case SCORING -> "mdi2s-scale-balance";
            case PEAK_END -> "mdi2c-chart-line-variant";
            case PROMISE_CHECK -> "mdi2h-handshake-outline";
            case PLEDGE -> "mdi2h-heart-outline";
            case CLOSING -> "mdi2f-flag-checkered";
            case BREAK -> "mdi2c-coffee-outline";
            case CUSTOM -> "mdi2p-presentation";
        };
    }

    public static FontIcon icon(ElementKind kind) {
        FontIcon icon = new FontIcon(literal(kind));
        icon.getStyleClass().add("kind-icon");
        return icon;
    }
}
