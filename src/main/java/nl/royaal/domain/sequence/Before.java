package nl.royaal.domain.sequence;

import java.util.Objects;
import java.util.UUID;

/**
 * A rule "{@code earlier} comes somewhere before {@code later}" (not necessarily right before):
 * the quote before the delivery, the complaint after the delivery.
 */
public record Before(UUID earlier, UUID later) {

    public Before {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
    }

    public static Before of(SequenceItem earlier, SequenceItem later) {
        return new Before(earlier.id(), later.id());
    }
}
