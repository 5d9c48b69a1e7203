package nl.royaal.ui.fanmoment;

import java.time.Instant;
import java.util.UUID;
import nl.royaal.domain.TextAnswer;

/**
 * One story (or pledge) as the wall and the console show it.
 *
 * @param hidden      moderated away: struck through on the console, never on the projector
 * @param highlighted the one the projector shows large
 * @param rightToLeft written in Hebrew, Arabic...: shown right-to-left
 */
public record WallEntry(UUID id, String text, boolean hidden, boolean highlighted, boolean rightToLeft,
        Instant answeredAt) {

    static WallEntry of(TextAnswer answer, boolean highlighted) {
        return new WallEntry(answer.id(), answer.text(), answer.hidden(), highlighted, rightToLeft(answer.text()),
                answer.answeredAt());
    }

    /** Whether the first letter with a direction (as the Unicode bidi rules look for it) is right-to-left. */
    public static boolean rightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                default:
                    i += Character.charCount(codePoint);
            }
        }
        return false;
    }
}
