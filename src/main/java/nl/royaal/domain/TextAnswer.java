package nl.royaal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A short text a participant wrote: a fan moment, a proposal for one field of the vision, or a pledge.
 *
 * @param elementId the agenda element (round) it was written in
 * @param field     the vision field for a proposal; {@code null} for other purposes
 * @param hidden    moderated away by the facilitator (kept, never deleted silently)
 */
public record TextAnswer(
        UUID id,
        UUID participantId,
        UUID elementId,
        TextPurpose purpose,
        VisionField field,
        String text,
        boolean hidden,
        Instant answeredAt)
        implements Answer {

    public TextAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (purpose == TextPurpose.VISION_PROPOSAL && field == null) {
            throw new DomainException("validation.text.fieldMissing");
        }
        if (purpose != TextPurpose.VISION_PROPOSAL && field != null) {
            field = null;
        }
        String cleaned = TextRules.multiLine(text);
        if (cleaned.isEmpty()) {
            throw new DomainException("validation.text.required", "field.answerText");
        }
        text = TextRules.limited(cleaned, "field.answerText", TextRules.MAX_ANSWER_LENGTH);
    }

    public Optional<VisionField> visionField() {
        return Optional.ofNullable(field);
    }

    public TextAnswer withHidden(boolean newHidden) {
        return new TextAnswer(id, participantId, elementId, purpose, field, text, newHidden, answeredAt);
    }
}
