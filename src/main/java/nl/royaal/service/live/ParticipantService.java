package nl.royaal.service.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DotBallot;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.TextRules;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.persistence.AnswerRepository;
import nl.royaal.persistence.PhoneAccess;
import nl.royaal.persistence.PhoneAccessRepository;
import nl.royaal.service.live.LiveRefusal.Reason;

/**
 * The participant side of a live workshop, for phones (through the phone server) and the laptop
 * kiosk alike: joining by code, what a participant sees, and taking their answers. The facilitator
 * side (join code, lock, cap, removing someone) is here too, for the console.
 *
 * <p><b>Every submit method returns only after the answer was committed</b>: its {@link Receipt} is
 * the participant's "ontvangen". Every input is checked through the domain first (grades are whole
 * numbers 1-10; texts are trimmed, stripped of control characters, not empty and at most 500
 * characters) and against the live round: the answer must be for the current element, whose round
 * must be open and must ask this. A refusal throws a {@link LiveRefusal} or another
 * {@code DomainException} and stores nothing.
 *
 * <p><b>Threading.</b> All methods may be called from any thread and block until done; call them
 * off the FX thread. The database work itself runs on this service's own storage thread, so an
 * interrupted caller (a web server stopping) can never interrupt H2 in the middle of a write; it
 * also makes "check, then store" steps (the cap, the dot budget) atomic, and stores grades that
 * arrive together in one transaction (group commit, {@link StorageThread}). Change listeners run on a
 * separate notifier thread, at most every {@link #DEFAULT_NOTIFY_DELAY} after a change.
 */
public final class ParticipantService implements AutoCloseable {

    public static final int DEFAULT_PARTICIPANT_CAP = 60;
    public static final int MAX_PARTICIPANT_CAP = 5000;
    public static final int MAX_TEXT_LENGTH = TextRules.MAX_ANSWER_LENGTH;
    public static final Duration DEFAULT_NOTIFY_DELAY = Duration.ofMillis(100);

    private final PhoneAccessRepository phones;
    private final AnswerRepository answers;
    private final LiveStateSource live;
    private final Clock clock;
    private final JoinCodes codes;
    private final ParticipantTokens tokens;
    private final StorageThread storage;
    private final ChangeNotifier changes;
    /** Token hash (hex) to session: a phone's every request is authenticated without a database read. */
    private final Map<String, PhoneSession> sessions = new ConcurrentHashMap<>();
    private final List<Consumer<UUID>> removalListeners = new CopyOnWriteArrayList<>();

    public ParticipantService(PhoneAccessRepository phones, AnswerRepository answers, LiveStateSource live,
            Clock clock) {
        this(phones, answers, live, clock, new SecureRandom(), DEFAULT_NOTIFY_DELAY);
    }

    public ParticipantService(PhoneAccessRepository phones, AnswerRepository answers, LiveStateSource live,
            Clock clock, SecureRandom random, Duration notifyDelay) {
        this.phones = Objects.requireNonNull(phones, "phones");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.live = Objects.requireNonNull(live, "live");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codes = new JoinCodes(random);
        this.tokens = new ParticipantTokens(random);
        this.storage = new StorageThread("royaal-participant-storage", phones::saveGrades, this::saveGrade);
        this.changes = new ChangeNotifier(notifyDelay);
    }

    // --- the facilitator's side ----------------------------------------------------------------

    /** The join code, lock, cap and phone count of a workshop; makes its code the first time. */
    public JoinSettings joinSettings(UUID workshopId) {
        return stored(() -> settings(accessOf(workshopId)));
    }

    /** A new join code: the old one stops working at once; phones that joined stay in. */
    public JoinSettings regenerateJoinCode(UUID workshopId) {
        JoinSettings settings = stored(() -> {
            PhoneAccess access = accessOf(workshopId);
            String code = codes.next();
            while (code.equals(access.joinCode())) {
                code = codes.next();
            }
            PhoneAccess changed = access.withJoinCode(code);
            phones.save(changed);
            return settings(changed);
        });
        changes.signal();
        return settings;
    }

    /** Locks (or reopens) joining: locked, new phones are refused; those already in keep answering. */
    public JoinSettings setJoinLocked(UUID workshopId, boolean locked) {
        JoinSettings settings = stored(() -> {
            PhoneAccess changed = accessOf(workshopId).withJoinLocked(locked);
            phones.save(changed);
            return settings(changed);
        });
        changes.signal();
        return settings;
    }

    /**
     * Sets how many phones may join (1 to {@value #MAX_PARTICIPANT_CAP}). Lowering it below the
     * number already in removes nobody; it only stops new phones.
     */
    public JoinSettings setParticipantCap(UUID workshopId, int cap) {
        if (cap < 1 || cap > MAX_PARTICIPANT_CAP) {
            throw new LiveRefusal(Reason.OUT_OF_RANGE, "phone.error.capRange", cap, 1, MAX_PARTICIPANT_CAP);
        }
        JoinSettings settings = stored(() -> {
            PhoneAccess changed = accessOf(workshopId).withParticipantCap(cap);
            phones.save(changed);
            return settings(changed);
        });
        changes.signal();
        return settings;
    }

    /** The phones that joined, in join order (anonymous: an id and a time). */
    public List<Participant> phoneParticipants(UUID workshopId) {
        return stored(() -> phones.participants(workshopId, JoinChannel.PHONE));
    }

    /** How many phones joined, counted from the participant rows. */
    public int phonesJoined(UUID workshopId) {
        return stored(() -> phones.countParticipants(workshopId, JoinChannel.PHONE));
    }

    /**
     * Removes a participant: their token stops working at once and their answers are deleted with
     * them (docs/phones.md: one removes someone who should not be counted). Their phone can join
     * again with the code unless joining is locked.
     *
     * @return whether there was such a participant
     */
    public boolean removeParticipant(UUID workshopId, UUID participantId) {
        boolean removed = stored(() -> phones.removeParticipant(workshopId, participantId));
        sessions.values().removeIf(session -> session.participantId().equals(participantId));
        if (removed) {
            for (Consumer<UUID> listener : removalListeners) {
                listener.accept(participantId);
            }
            changes.signal();
        }
        return removed;
    }

    /**
     * A participant at the laptop kiosk (taking turns): no token, no code, not counted against the
     * phone cap. The kiosk then calls {@link #view} and the submit methods with its id.
     */
    public Participant addKioskParticipant(UUID workshopId) {
        Participant participant = Participant.anonymous(JoinChannel.KIOSK, clock.instant());
        stored(() -> {
            phones.addParticipant(workshopId, participant, null);
            return null;
        });
        changes.signal();
        return participant;
    }

    /**
     * Hides a text (a fan moment, a pledge, a proposal) from the projector, or shows it again. It is
     * kept with the workshop either way: moderation never deletes what someone wrote.
     *
     * @throws nl.royaal.domain.DomainException when the workshop has no such text
     */
    public void setTextHidden(UUID workshopId, UUID textId, boolean hidden) {
        Objects.requireNonNull(textId, "textId");
        stored(() -> {
            answers.setTextHidden(workshopId, textId, hidden);
            return null;
        });
        changes.signal();
    }

    /**
     * The facilitator types in the fan moment or pledge of someone without a phone (or tells the
     * room's story themself). It counts as a new participant joined via
     * {@link JoinChannel#SCORE_GRID}, the channel for answers the facilitator types in, so it never
     * replaces another person's text. Unlike a phone, the facilitator may do this whatever the
     * round's status: the element only has to be a fan moment or pledge of the live workshop.
     * The text follows the same rules as a phone's; a refused text stores nothing, not even the
     * participant.
     *
     * @return the text as stored
     */
    public TextAnswer typeInText(UUID elementId, String text) {
        LiveSnapshot snapshot = requireLive();
        Workshop workshop = snapshot.workshop();
        AgendaElement element = workshop.agenda().stream().filter(e -> e.id().equals(elementId)).findFirst()
                .orElseThrow(LiveRefusal::unknownItem);
        if (element.kind() != ElementKind.FAN_MOMENT && element.kind() != ElementKind.PLEDGE) {
            throw LiveRefusal.unknownItem();
        }
        Participant typist = Participant.anonymous(JoinChannel.SCORE_GRID, clock.instant());
        TextAnswer answer = new TextAnswer(UUID.randomUUID(), typist.id(), elementId, textPurpose(element.kind()),
                null, text, false, typist.joinedAt());
        TextAnswer saved = stored(() -> {
            phones.addParticipant(workshop.id(), typist, null);
            try {
                return answers.saveText(workshop.id(), answer);
            } catch (RuntimeException refused) {
                phones.removeParticipant(workshop.id(), typist.id());
                throw refused;
            }
        });
        changes.signal();
        return saved;
    }

    /**
     * Called (on the notifier thread, at most every {@link #DEFAULT_NOTIFY_DELAY}) after answers,
     * joins, removals or join settings were stored. Reload what you show; do not block for long.
     */
    public void addChangeListener(Runnable listener) {
        changes.add(Objects.requireNonNull(listener));
    }

    public void removeChangeListener(Runnable listener) {
        changes.remove(listener);
    }

    /** Called with the participant's id right after a removal, on the remover's thread; must be quick. */
    public void addRemovalListener(Consumer<UUID> listener) {
        removalListeners.add(Objects.requireNonNull(listener));
    }

    public void removeRemovalListener(Consumer<UUID> listener) {
        removalListeners.remove(listener);
    }

    // --- the participant's side ----------------------------------------------------------------

    /** The live workshop's language, or empty when nothing is live. */
    public Optional<Language> liveLanguage() {
        return liveSnapshot().map(snapshot -> snapshot.workshop().language());
    }

    /** Whether a workshop is live now (the phone server refuses everything otherwise). */
    public boolean isLive() {
        return liveSnapshot().isPresent();
    }

    /**
     * A phone joins with the code from the projector. A phone that already holds a valid token for
     * this workshop keeps its participant (scanning the QR code twice makes no second participant).
     *
     * @param typedCode     as typed or scanned; case, spaces and dashes do not matter
     * @param existingToken the token from the phone's cookie, or {@code null}
     * @throws LiveRefusal NOT_LIVE, WRONG_CODE, JOIN_LOCKED or FULL
     */
    public Joined join(String typedCode, String existingToken) {
        LiveSnapshot snapshot = requireLive();
        UUID workshopId = snapshot.workshop().id();
        Optional<String> code = JoinCodes.normalize(typedCode);
        Joined joined = stored(() -> {
            PhoneAccess access = accessOf(workshopId);
            if (code.isEmpty() || !MessageDigest.isEqual(code.get().getBytes(StandardCharsets.US_ASCII),
                    access.joinCode().getBytes(StandardCharsets.US_ASCII))) {
                throw new LiveRefusal(Reason.WRONG_CODE, "phone.error.wrongCode");
            }
            Optional<PhoneSession> already = lookUp(workshopId, existingToken);
            if (already.isPresent()) {
                return new Joined(already.get().participantId(), existingToken, true);
            }
            if (access.joinLocked()) {
                throw new LiveRefusal(Reason.JOIN_LOCKED, "phone.error.joinLocked");
            }
            if (phones.countParticipants(workshopId, JoinChannel.PHONE) >= access.participantCap()) {
                throw new LiveRefusal(Reason.FULL, "phone.error.full");
            }
            String token = tokens.next();
            byte[] hash = ParticipantTokens.hash(token);
            Participant participant = Participant.anonymous(JoinChannel.PHONE, clock.instant());
            phones.addParticipant(workshopId, participant, hash);
            sessions.put(ParticipantTokens.hashKey(hash), new PhoneSession(workshopId, participant.id()));
            return new Joined(participant.id(), token, false);
        });
        if (!joined.rejoined()) {
            changes.signal();
        }
        return joined;
    }

    /**
     * The participant a phone's token stands for in the live workshop; empty for a forged, removed
     * or other workshop's token, or when nothing is live. May read the database (a token not seen
     * since the app started); {@link #knownSession} never does.
     */
    public Optional<PhoneSession> authenticate(String token) {
        Optional<LiveSnapshot> snapshot = liveSnapshot();
        if (snapshot.isEmpty() || !ParticipantTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<PhoneSession> known = knownSession(token);
        if (known.isPresent()) {
            return known;
        }
        UUID workshopId = snapshot.get().workshop().id();
        return stored(() -> lookUp(workshopId, token));
    }

    /**
     * The session of a token this run of the app has already seen, from memory only: the phone
     * server rate-limits everything else per address before it lets a lookup reach the database.
     */
    public Optional<PhoneSession> knownSession(String token) {
        Optional<LiveSnapshot> snapshot = liveSnapshot();
        if (snapshot.isEmpty() || !ParticipantTokens.wellFormed(token)) {
            return Optional.empty();
        }
        PhoneSession cached = sessions.get(ParticipantTokens.hashKey(ParticipantTokens.hash(token)));
        return cached != null && cached.workshopId().equals(snapshot.get().workshop().id())
                ? Optional.of(cached) : Optional.empty();
    }

    /** What this participant sees now, with their own answers. */
    public PhoneView view(UUID participantId) {
        LiveSnapshot snapshot = requireLive();
        Workshop workshop = snapshot.workshop();
        RoundKind round = RoundKind.of(snapshot);
        Optional<AgendaElement> element = snapshot.currentElement();
        String language = workshop.language().code();
        if (round == RoundKind.WAIT || element.isEmpty()) {
            return new PhoneView(language, workshop.title(), RoundKind.WAIT, RoundStatus.NOT_OPENED,
                    element.map(AgendaElement::id).orElse(null), element.map(AgendaElement::title).orElse(null),
                    "phone.prompt.wait", List.of(), List.of(), null, List.of(), null, List.of());
        }
        AgendaElement current = element.get();
        UUID workshopId = workshop.id();
        OwnData own = stored(() -> new OwnData(phones.answersOf(workshopId, participantId),
                round == RoundKind.VOTES ? phones.visibleProposals(workshopId, current.id()) : List.of()));
        Answers mine = own.answers();
        List<PhoneView.ScoreItem> scores = List.of();
        List<PhoneView.SelfImageItem> selfImage = List.of();
        PhoneView.TextItem text = null;
        List<PhoneView.ProposalItem> proposals = List.of();
        PhoneView.Votes votes = null;
        List<PhoneView.RatingItem> ratings = List.of();
        String prompt;
        switch (round) {
            case SCORES -> {
                prompt = "phone.prompt.scores";
                scores = scoreItems(workshop, mine);
            }
            case SELF_IMAGE -> {
                prompt = "phone.prompt.selfImage";
                selfImage = selfImageItems(mine);
            }
            case TEXT -> {
                TextPurpose purpose = textPurpose(current.kind());
                prompt = purpose == TextPurpose.PLEDGE ? "phone.prompt.pledge" : "phone.prompt.fanMoment";
                String own1 = mine.texts().stream()
                        .filter(t -> t.elementId().equals(current.id()) && t.purpose() == purpose)
                        .map(TextAnswer::text).findFirst().orElse("");
                text = new PhoneView.TextItem(purpose, own1, MAX_TEXT_LENGTH);
            }
            case PROPOSALS -> {
                prompt = "phone.prompt.proposals";
                proposals = proposalItems(current.id(), mine);
            }
            case VOTES -> {
                prompt = "phone.prompt.votes";
                votes = voteItems(own.proposals(), mine, workshop.vision());
            }
            case RATINGS -> {
                prompt = "phone.prompt.ratings";
                ratings = ratingItems(workshop, current, mine);
            }
            default -> throw new IllegalStateException("Unexpected round " + round);
        }
        return new PhoneView(language, workshop.title(), round, snapshot.roundStatus(), current.id(), current.title(),
                prompt, scores, selfImage, text, proposals, votes, ratings);
    }

    /** One grade for a touchpoint (SCORING round); a second grade for the same replaces the first. */
    public Receipt submitScore(UUID participantId, UUID elementId, UUID touchpointId, ScoreDimension dimension,
            int grade) {
        Objects.requireNonNull(dimension, "dimension");
        LiveSnapshot snapshot = openRound(elementId, RoundKind.SCORES);
        if (snapshot.workshop().touchpoints().stream().noneMatch(t -> t.id().equals(touchpointId))) {
            throw LiveRefusal.unknownItem();
        }
        TouchpointScore score = new TouchpointScore(participantId, touchpointId, dimension, Score.of(grade),
                clock.instant());
        storage.storeGrade(snapshot.workshop().id(), score);
        return received(score.answeredAt());
    }

    /** A grade for one of the two self-image questions. */
    public Receipt submitSelfImage(UUID participantId, UUID elementId, SelfImageQuestion question, int grade) {
        Objects.requireNonNull(question, "question");
        LiveSnapshot snapshot = openRound(elementId, RoundKind.SELF_IMAGE);
        SelfImageScore score = new SelfImageScore(participantId, question, Score.of(grade), clock.instant());
        storage.storeGrade(snapshot.workshop().id(), score);
        return received(score.answeredAt());
    }

    /** The fan moment or pledge of this element (which of the two follows from the element's kind). */
    public Receipt submitText(UUID participantId, UUID elementId, String text) {
        LiveSnapshot snapshot = openRound(elementId, RoundKind.TEXT);
        TextPurpose purpose = textPurpose(snapshot.currentElement().orElseThrow().kind());
        return saveText(snapshot, new TextAnswer(UUID.randomUUID(), participantId, elementId, purpose, null, text,
                false, clock.instant()));
    }

    /** A proposal for one field of the vision canvas (dream service, while writing). */
    public Receipt submitProposal(UUID participantId, UUID elementId, VisionField field, String text) {
        Objects.requireNonNull(field, "field");
        LiveSnapshot snapshot = openRound(elementId, RoundKind.PROPOSALS);
        return saveText(snapshot, new TextAnswer(UUID.randomUUID(), participantId, elementId,
                TextPurpose.VISION_PROPOSAL, field, text, false, clock.instant()));
    }

    /**
     * The one-dot toggle: puts ({@code on}) a dot on a proposal of this element, or takes it back
     * (all of this participant's dots on it, should the facilitator have allowed more before).
     * Putting a dot where this participant has one already changes nothing and is confirmed (a
     * double tap); taking back where there is none likewise. Where the facilitator allows more
     * than one dot per proposal, {@link #submitDots} sets how many.
     */
    public Receipt submitVote(UUID participantId, UUID elementId, UUID proposalId, boolean on) {
        return changeDots(participantId, elementId, proposalId, current -> on ? Math.max(current, 1) : 0);
    }

    /**
     * Sets how many dots this participant has on a proposal of this element: 0 takes them all
     * back. The phone's and kiosk's + and − send the count they show plus or minus one, so a tap
     * sent twice (a retry after a lost answer) counts once.
     *
     * <p>The rules ({@link DotBallot}): at most the workshop's dots per person in all, on the
     * proposals still visible ({@code VisionCanvas.dotsPerPerson}); at most
     * {@code VisionCanvas.maxDotsPerProposal} on one proposal (one unless the facilitator allows
     * more); a dot on a proposal the facilitator hid no longer counts and frees its place, and a
     * hidden or unknown proposal takes no dots. Only a rise is checked: taking dots off is always
     * allowed. A refusal stores nothing.
     *
     * @throws LiveRefusal NO_DOTS_LEFT (over the budget), MAX_PER_PROPOSAL (over the most on one
     *         proposal, or fewer than none), UNKNOWN_ITEM (hidden or not a proposal of this element)
     */
    public Receipt submitDots(UUID participantId, UUID elementId, UUID proposalId, int dots) {
        return changeDots(participantId, elementId, proposalId, current -> dots);
    }

    private Receipt changeDots(UUID participantId, UUID elementId, UUID proposalId, IntUnaryOperator wanted) {
        LiveSnapshot snapshot = openRound(elementId, RoundKind.VOTES);
        UUID workshopId = snapshot.workshop().id();
        VisionCanvas rules = snapshot.workshop().vision();
        Instant now = clock.instant();
        // On the storage thread: the check and the store are one step, so two taps cannot overspend.
        Receipt receipt = stored(() -> {
            Set<UUID> visible = new HashSet<>();
            phones.visibleProposals(workshopId, elementId).forEach(p -> visible.add(p.id()));
            if (!visible.contains(proposalId)) {
                throw LiveRefusal.unknownItem();
            }
            DotBallot ballot = ballot(rules, visible, phones.answersOf(workshopId, participantId));
            int current = ballot.on(proposalId);
            int target = wanted.applyAsInt(current);
            Optional<DotBallot.Refusal> refused = ballot.refusal(proposalId, target);
            if (refused.isPresent()) {
                throw dotRefusal(refused.get(), rules);
            }
            if (target != current) {
                if (target == 0) {
                    answers.withdrawVote(workshopId, participantId, proposalId);
                } else {
                    answers.saveVote(workshopId, new DotVote(participantId, proposalId, now, target));
                }
            }
            DotBallot after = ballot.with(proposalId, target);
            return new Receipt(now, null, after.used(), target);
        });
        changes.signal();
        return receipt;
    }

    private static DotBallot ballot(VisionCanvas rules, Set<UUID> visible, Answers mine) {
        Map<UUID, Integer> dots = new HashMap<>();
        mine.votes().stream().filter(v -> visible.contains(v.proposalId()))
                .forEach(v -> dots.put(v.proposalId(), v.dots()));
        return new DotBallot(rules, dots);
    }

    private static LiveRefusal dotRefusal(DotBallot.Refusal refusal, VisionCanvas rules) {
        return switch (refusal) {
            case OVER_BUDGET -> new LiveRefusal(Reason.NO_DOTS_LEFT, "phone.error.noDotsLeft", rules.dotsPerPerson());
            case OVER_PROPOSAL_MAX -> new LiveRefusal(Reason.MAX_PER_PROPOSAL, "phone.error.maxPerProposal",
                    rules.maxDotsPerProposal());
            case NEGATIVE -> new LiveRefusal(Reason.MAX_PER_PROPOSAL, "phone.error.dotsNegative");
        };
    }

    /** A grade for one agenda element, given in the closing round. */
    public Receipt submitRating(UUID participantId, UUID elementId, UUID ratedElementId, int grade) {
        LiveSnapshot snapshot = openRound(elementId, RoundKind.RATINGS);
        AgendaElement closing = snapshot.currentElement().orElseThrow();
        if (ratable(snapshot.workshop(), closing).stream().noneMatch(e -> e.id().equals(ratedElementId))) {
            throw LiveRefusal.unknownItem();
        }
        ElementRating rating = new ElementRating(participantId, ratedElementId, Score.of(grade), clock.instant());
        storage.storeGrade(snapshot.workshop().id(), rating);
        return received(rating.answeredAt());
    }

    /** Lets the storage work that was asked for finish, then stops; never interrupts it. */
    @Override
    public void close() {
        storage.close();
        changes.close();
    }

    // --- inside ----------------------------------------------------------------------------------

    private record OwnData(Answers answers, List<TextAnswer> proposals) {
    }

    private Optional<LiveSnapshot> liveSnapshot() {
        return live.current().filter(snapshot -> snapshot.workshop().status() != WorkshopStatus.CLOSED);
    }

    private LiveSnapshot requireLive() {
        return liveSnapshot().orElseThrow(LiveRefusal::notLive);
    }

    /** The live snapshot, when its current element is {@code elementId} with an open round of {@code kind}. */
    private LiveSnapshot openRound(UUID elementId, RoundKind kind) {
        LiveSnapshot snapshot = requireLive();
        Optional<UUID> current = snapshot.currentElementId();
        if (elementId == null || current.isEmpty() || !current.get().equals(elementId)) {
            throw LiveRefusal.roundChanged();
        }
        if (snapshot.roundStatus() != RoundStatus.OPEN) {
            throw LiveRefusal.roundNotOpen();
        }
        if (RoundKind.of(snapshot) != kind) {
            throw LiveRefusal.roundChanged();
        }
        return snapshot;
    }

    private Receipt saveText(LiveSnapshot snapshot, TextAnswer text) {
        UUID workshopId = snapshot.workshop().id();
        TextAnswer saved = stored(() -> answers.saveText(workshopId, text));
        changes.signal();
        return new Receipt(text.answeredAt(), saved.text(), null);
    }

    private Receipt received(Instant at) {
        changes.signal();
        return Receipt.of(at);
    }

    /** On the storage thread: the access settings of a workshop, made with a fresh code the first time. */
    private PhoneAccess accessOf(UUID workshopId) {
        Optional<PhoneAccess> found = phones.find(workshopId);
        if (found.isPresent()) {
            return found.get();
        }
        PhoneAccess fresh = new PhoneAccess(workshopId, codes.next(), false, DEFAULT_PARTICIPANT_CAP);
        phones.save(fresh);
        return fresh;
    }

    private JoinSettings settings(PhoneAccess access) {
        return new JoinSettings(access.workshopId(), access.joinCode(), access.joinLocked(), access.participantCap(),
                phones.countParticipants(access.workshopId(), JoinChannel.PHONE));
    }

    /** On the storage thread: the session of a token, from the cache or the database. */
    private Optional<PhoneSession> lookUp(UUID workshopId, String token) {
        if (!ParticipantTokens.wellFormed(token)) {
            return Optional.empty();
        }
        byte[] hash = ParticipantTokens.hash(token);
        String key = ParticipantTokens.hashKey(hash);
        PhoneSession cached = sessions.get(key);
        if (cached != null) {
            return cached.workshopId().equals(workshopId) ? Optional.of(cached) : Optional.empty();
        }
        Optional<PhoneSession> found = phones.participantByToken(workshopId, hash)
                .map(participantId -> new PhoneSession(workshopId, participantId));
        found.ifPresent(session -> sessions.put(key, session));
        return found;
    }

    /**
     * Runs database work on the storage thread and waits for it, ignoring interrupts: a caller that
     * is interrupted still waits for the commit (and its answer is not lost half-way).
     */
    private <T> T stored(Callable<T> work) {
        return storage.call(work);
    }

    /** One grade in its own transaction: the storage thread's fallback when a batch is refused. */
    private void saveGrade(UUID workshopId, nl.royaal.domain.Answer grade) {
        switch (grade) {
            case TouchpointScore score -> answers.saveScore(workshopId, score);
            case ElementRating rating -> answers.saveRating(workshopId, rating);
            case SelfImageScore self -> answers.saveSelfImage(workshopId, self);
            default -> throw new IllegalArgumentException("Not a grade: " + grade);
        }
    }

    private static TextPurpose textPurpose(ElementKind kind) {
        return kind == ElementKind.PLEDGE ? TextPurpose.PLEDGE : TextPurpose.FAN_MOMENT;
    }

    private static List<PhoneView.ScoreItem> scoreItems(Workshop workshop, Answers mine) {
        Map<UUID, Integer> expectation = new HashMap<>();
        Map<UUID, Integer> experience = new HashMap<>();
        for (TouchpointScore score : mine.scores()) {
            (score.dimension() == ScoreDimension.EXPECTATION ? expectation : experience)
                    .put(score.touchpointId(), score.score().value());
        }
        List<PhoneView.ScoreItem> items = new ArrayList<>();
        for (Touchpoint touchpoint : workshop.touchpoints()) {
            items.add(new PhoneView.ScoreItem(touchpoint.id(), touchpoint.name(), expectation.get(touchpoint.id()),
                    experience.get(touchpoint.id())));
        }
        return items;
    }

    private static List<PhoneView.SelfImageItem> selfImageItems(Answers mine) {
        List<PhoneView.SelfImageItem> items = new ArrayList<>();
        for (SelfImageQuestion question : SelfImageQuestion.values()) {
            Integer grade = mine.selfImage().stream().filter(s -> s.question() == question)
                    .map(s -> s.score().value()).findFirst().orElse(null);
            items.add(new PhoneView.SelfImageItem(question, labelKey(question), grade));
        }
        return items;
    }

    private static List<PhoneView.ProposalItem> proposalItems(UUID elementId, Answers mine) {
        List<PhoneView.ProposalItem> items = new ArrayList<>();
        for (VisionField field : VisionField.values()) {
            String own = mine.texts().stream()
                    .filter(t -> t.elementId().equals(elementId) && t.purpose() == TextPurpose.VISION_PROPOSAL
                            && t.field() == field)
                    .map(TextAnswer::text).findFirst().orElse("");
            items.add(new PhoneView.ProposalItem(field, labelKey(field), own, MAX_TEXT_LENGTH));
        }
        return items;
    }

    private static PhoneView.Votes voteItems(List<TextAnswer> proposals, Answers mine, VisionCanvas rules) {
        Set<UUID> visible = new HashSet<>();
        proposals.forEach(p -> visible.add(p.id()));
        DotBallot ballot = ballot(rules, visible, mine);
        List<PhoneView.VoteOption> options = new ArrayList<>();
        for (TextAnswer proposal : proposals) {
            options.add(new PhoneView.VoteOption(proposal.id(), proposal.field(), labelKey(proposal.field()),
                    proposal.text(), ballot.on(proposal.id())));
        }
        return new PhoneView.Votes(rules.dotsPerPerson(), ballot.used(), rules.maxDotsPerProposal(), options);
    }

    private static List<PhoneView.RatingItem> ratingItems(Workshop workshop, AgendaElement closing, Answers mine) {
        Map<UUID, Integer> grades = new HashMap<>();
        mine.ratings().forEach(r -> grades.put(r.elementId(), r.score().value()));
        return ratable(workshop, closing).stream()
                .map(e -> new PhoneView.RatingItem(e.id(), e.title(), grades.get(e.id())))
                .toList();
    }

    /** Every element of the agenda but breaks and the closing itself. */
    private static List<AgendaElement> ratable(Workshop workshop, AgendaElement closing) {
        return workshop.agenda().stream()
                .filter(e -> e.kind() != ElementKind.BREAK && !e.id().equals(closing.id()))
                .toList();
    }

    /** Message keys of the questions, spelled out so the localisation test sees them. */
    static String labelKey(SelfImageQuestion question) {
        return switch (question) {
            case OUR_VIEW -> "phone.selfImage.ourView";
            case CUSTOMER_VIEW -> "phone.selfImage.customerView";
        };
    }

    static String labelKey(VisionField field) {
        return switch (field) {
            case IDEAL_CUSTOMER -> "phone.vision.idealCustomer";
            case EXPERIENCE_SENTENCE -> "phone.vision.experienceSentence";
            case ALL_IN_ON -> "phone.vision.allInOn";
            case NOT_DOING -> "phone.vision.notDoing";
            case PROMISE -> "phone.vision.promise";
        };
    }
}
