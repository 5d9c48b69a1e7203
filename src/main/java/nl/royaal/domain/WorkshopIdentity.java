package nl.royaal.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Gives a whole workshop new identities, answers included, so an imported file of a workshop
 * that is already here becomes a second workshop instead of overwriting the first.
 */
public final class WorkshopIdentity {

    private WorkshopIdentity() {
    }

    public static Workshop withFreshIds(Workshop original) {
        Map<UUID, UUID> fresh = new HashMap<>();
        UnaryOperator<UUID> renew = old -> old == null ? null : fresh.computeIfAbsent(old, any -> UUID.randomUUID());

        List<AgendaElement> agenda = original.agenda().stream()
                .map(e -> new AgendaElement(renew.apply(e.id()), e.kind(), e.title(), e.plannedMinutes(), e.pinned()))
                .toList();
        List<Touchpoint> touchpoints = original.touchpoints().stream()
                .map(t -> new Touchpoint(renew.apply(t.id()), t.name(), t.contactsPerCustomerPerYear()))
                .toList();
        List<Participant> participants = original.participants().stream()
                .map(p -> new Participant(renew.apply(p.id()), p.displayName(), p.joinedVia(), p.joinedAt()))
                .toList();
        Answers old = original.answers();
        Answers answers = new Answers(
                old.scores().stream()
                        .map(s -> new TouchpointScore(renew.apply(s.participantId()), renew.apply(s.touchpointId()),
                                s.dimension(), s.score(), s.answeredAt()))
                        .toList(),
                old.texts().stream()
                        .map(t -> new TextAnswer(renew.apply(t.id()), renew.apply(t.participantId()),
                                renew.apply(t.elementId()), t.purpose(), t.field(), t.text(), t.hidden(), t.answeredAt()))
                        .toList(),
                old.votes().stream()
                        .map(v -> new DotVote(renew.apply(v.participantId()), renew.apply(v.proposalId()), v.answeredAt(),
                                v.dots()))
                        .toList(),
                old.ratings().stream()
                        .map(r -> new ElementRating(renew.apply(r.participantId()), renew.apply(r.elementId()), r.score(),
                                r.answeredAt()))
                        .toList(),
                old.selfImage().stream()
                        .map(s -> new SelfImageScore(renew.apply(s.participantId()), s.question(), s.score(), s.answeredAt()))
                        .toList());
        return new Workshop(UUID.randomUUID(), original.details(), original.status(), original.templateKey(), agenda,
                touchpoints, participants, answers, renew.apply(original.currentElementId()), original.createdAt(),
                original.updatedAt(), original.vision());
    }
}
