package nl.royaal.domain;

import java.util.List;

/** All answers of one workshop, grouped by kind. Immutable. */
public record Answers(
        List<TouchpointScore> scores,
        List<TextAnswer> texts,
        List<DotVote> votes,
        List<ElementRating> ratings,
        List<SelfImageScore> selfImage) {

    public static final Answers NONE = new Answers(List.of(), List.of(), List.of(), List.of(), List.of());

    public Answers {
        scores = List.copyOf(scores);
        texts = List.copyOf(texts);
        votes = List.copyOf(votes);
        ratings = List.copyOf(ratings);
        selfImage = List.copyOf(selfImage);
    }

    public int size() {
        return scores.size() + texts.size() + votes.size() + ratings.size() + selfImage.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
