package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static nl.royaal.domain.Refusals.assertRefusedForField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnswerTest {

    private static final Instant AT = Instant.parse("2026-03-12T10:15:00Z");
    private static final String EMOJI = "\uD83D\uDE00";

    private static TextAnswer answer(TextPurpose purpose, VisionField field, String text) {
        return new TextAnswer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), purpose, field, text, false, AT);
    }

    private static TextAnswer fanMoment(String text) {
        return answer(TextPurpose.FAN_MOMENT, null, text);
    }

    @Test
    void refusesVisionProposalWithoutAField() {
        assertRefused("validation.text.fieldMissing", () -> answer(TextPurpose.VISION_PROPOSAL, null, "Iedereen"));
    }

    @Test
    void keepsTheFieldOfAVisionProposal() {
        TextAnswer proposal = answer(TextPurpose.VISION_PROPOSAL, VisionField.PROMISE, "Binnen een dag antwoord");
        assertEquals(Optional.of(VisionField.PROMISE), proposal.visionField());
    }

    @ParameterizedTest
    @EnumSource(value = TextPurpose.class, names = {"FAN_MOMENT", "PLEDGE"})
    void dropsAFieldGivenForAnotherPurpose(TextPurpose purpose) {
        TextAnswer text = answer(purpose, VisionField.ALL_IN_ON, "Ik bel elke klacht zelf terug");
        assertNull(text.field());
        assertTrue(text.visionField().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = TextPurpose.class, names = {"FAN_MOMENT", "PLEDGE"})
    void needsNoFieldForOtherPurposes(TextPurpose purpose) {
        assertTrue(answer(purpose, null, "Tekst").visionField().isEmpty());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\n", "\u0007"})
    void refusesEmptyText(String text) {
        assertRefused("validation.text.required", new Object[] {"field.answerText"}, () -> fanMoment(text));
    }

    @Test
    void acceptsTextOfFiveHundredCharactersCountingEmojiAsOne() {
        String text = "a".repeat(499) + EMOJI;
        assertEquals(text, fanMoment(text).text());
    }

    @Test
    void refusesTextOverFiveHundredCharactersInsteadOfCuttingIt() {
        assertRefused("validation.text.tooLong", new Object[] {"field.answerText", 500, 501},
                () -> fanMoment("a".repeat(500) + EMOJI));
    }

    @Test
    void keepsLineBreaksOfAStory() {
        assertEquals("De monteur kwam op zondag.\nEn bracht koffie mee.",
                fanMoment("  De monteur kwam op zondag.\r\nEn bracht koffie mee.  ").text());
    }

    @Test
    void refusesTooLongTextEvenWhenItIsMostlyLineBreaks() {
        String text = "a\n".repeat(250) + "a";
        assertRefusedForField("validation.text.tooLong", "field.answerText", () -> fanMoment(text));
    }

    @Test
    void hidingKeepsTheTextAndEverythingElse() {
        TextAnswer proposal = answer(TextPurpose.VISION_PROPOSAL, VisionField.NOT_DOING, "Geen spoedleveringen");
        TextAnswer hidden = proposal.withHidden(true);
        assertTrue(hidden.hidden());
        assertFalse(proposal.hidden());
        assertEquals(proposal, hidden.withHidden(false));
    }
}
