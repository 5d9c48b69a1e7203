package nl.royaal.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Something one participant said in one round. Every kind has a natural key (participant plus
 * question) so that a second answer to the same question replaces the first.
 */
public sealed interface Answer
        permits TouchpointScore, TextAnswer, DotVote, ElementRating, SelfImageScore {

    UUID participantId();

    Instant answeredAt();
}
