package nl.royaal.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
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
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;

/** Export then import gives back an equal workshop, for any workshop the domain accepts. */
class RoyaalFileRoundTripPropertyTest {

    private final RoyaalFile royaalFile = new RoyaalFile("0.1.0");

    @Property(tries = 500)
    void anyValidWorkshopComesBackEqual(@ForAll("workshops") Workshop workshop) {
        assertEquals(workshop, royaalFile.read(new ByteArrayInputStream(write(workshop))));
    }

    @Property(tries = 200)
    void theFileIsAlwaysValidUtf8(@ForAll("workshops") Workshop workshop) throws CharacterCodingException {
        // Text can hold half an emoji (a lone surrogate); it must be escaped, not written as broken bytes.
        StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(write(workshop)));
    }

    private byte[] write(Workshop workshop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        royaalFile.write(workshop, out);
        return out.toByteArray();
    }

    @Provide
    Arbitrary<Workshop> workshops() {
        Arbitrary<List<AgendaElement>> agendas = agendaElements().list().ofMaxSize(8).uniqueElements(AgendaElement::id);
        Arbitrary<List<Touchpoint>> journeys = touchpoints().list().ofMaxSize(6).uniqueElements(Touchpoint::id);
        Arbitrary<List<Participant>> rooms = participants().list().ofMaxSize(6).uniqueElements(Participant::id);
        return Combinators.combine(agendas, journeys, rooms).flatAs((agenda, touchpoints, participants) ->
                Combinators.combine(ids(), details(), Arbitraries.of(WorkshopStatus.class), templateKeys(),
                                answers(agenda, touchpoints, participants), oneOfOrNull(ids(agenda, AgendaElement::id)),
                                instants(), instants())
                        .as((id, details, status, templateKey, answers, current, created, updated) ->
                                new Workshop(id, details, status, templateKey, agenda, touchpoints, participants,
                                        answers, current, created, updated))
                        .flatMap(workshop -> visions().map(vision -> workshop.withVision(vision,
                                workshop.updatedAt()))));
    }

    /** Whatever a facilitator can adopt: up to five texts on random fields (a fourth all-in on is skipped). */
    private Arbitrary<VisionCanvas> visions() {
        Arbitrary<VisionCanvas.Choice> choices = Combinators.combine(Arbitraries.of(VisionField.class), requiredText())
                .as(VisionCanvas.Choice::new);
        return Combinators.combine(choices.list().ofMaxSize(5),
                        Arbitraries.integers().between(VisionCanvas.MIN_DOTS, VisionCanvas.MAX_DOTS))
                .as((list, dots) -> {
                    VisionCanvas vision = VisionCanvas.EMPTY.withDotsPerPerson(dots);
                    for (VisionCanvas.Choice choice : list) {
                        if (!vision.full(choice.field()) || choice.field() != VisionField.ALL_IN_ON) {
                            vision = vision.texts(choice.field()).contains(choice.text()) ? vision
                                    : vision.adopt(choice.field(), choice.text());
                        }
                    }
                    return vision;
                });
    }

    private Arbitrary<WorkshopDetails> details() {
        return Combinators.combine(requiredLine(TextRules.MAX_NAME_LENGTH), optionalLine(TextRules.MAX_NAME_LENGTH),
                        dates(), optionalLine(TextRules.MAX_NAME_LENGTH), Arbitraries.of(Language.class))
                .as(WorkshopDetails::new);
    }

    private Arbitrary<AgendaElement> agendaElements() {
        return Combinators.combine(ids(), Arbitraries.of(ElementKind.class), requiredLine(TextRules.MAX_LABEL_LENGTH),
                        Arbitraries.integers().between(0, AgendaElement.MAX_PLANNED_MINUTES), Arbitraries.of(true, false))
                .as(AgendaElement::new);
    }

    private Arbitrary<Touchpoint> touchpoints() {
        return Combinators.combine(ids(), requiredLine(TextRules.MAX_LABEL_LENGTH), contactsPerYear())
                .as(Touchpoint::new);
    }

    private Arbitrary<Participant> participants() {
        return Combinators.combine(ids(), optionalLine(TextRules.MAX_PARTICIPANT_NAME_LENGTH),
                        Arbitraries.of(JoinChannel.class), instants())
                .as(Participant::new);
    }

    /** Answers that refer only to this workshop's parts, as the domain requires. */
    private Arbitrary<Answers> answers(
            List<AgendaElement> agenda, List<Touchpoint> touchpoints, List<Participant> participants) {
        if (participants.isEmpty()) {
            return Arbitraries.just(Answers.NONE);
        }
        Arbitrary<UUID> someone = Arbitraries.of(ids(participants, Participant::id));
        Arbitrary<List<TouchpointScore>> scores = touchpoints.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(someone, Arbitraries.of(ids(touchpoints, Touchpoint::id)),
                                Arbitraries.of(ScoreDimension.class), grades(), instants())
                        .as(TouchpointScore::new).list().ofMaxSize(10);
        Arbitrary<UUID> someElement = agenda.isEmpty() ? Arbitraries.<UUID>just(null)
                : Arbitraries.of(ids(agenda, AgendaElement::id));
        Arbitrary<List<TextAnswer>> texts = agenda.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(ids(), someone, someElement, Arbitraries.of(TextPurpose.class),
                                Arbitraries.of(VisionField.class).injectNull(0.3), requiredText(),
                                Arbitraries.of(true, false), instants())
                        .as((id, who, element, purpose, field, text, hidden, at) -> new TextAnswer(id, who, element,
                                purpose, purpose == TextPurpose.VISION_PROPOSAL && field == null
                                        ? VisionField.PROMISE : field,
                                text, hidden, at))
                        .list().ofMaxSize(6).uniqueElements(TextAnswer::id);
        Arbitrary<List<ElementRating>> ratings = agenda.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(someone, someElement, grades(), instants()).as(ElementRating::new)
                        .list().ofMaxSize(6);
        Arbitrary<List<SelfImageScore>> selfImage = Combinators.combine(someone,
                        Arbitraries.of(SelfImageQuestion.class), grades(), instants())
                .as(SelfImageScore::new).list().ofMaxSize(4);
        return Combinators.combine(scores, texts, ratings, selfImage).flatAs((s, t, r, i) ->
                votesFor(someone, t).map(votes -> new Answers(s, t, votes, r, i)));
    }

    private Arbitrary<List<DotVote>> votesFor(Arbitrary<UUID> someone, List<TextAnswer> proposals) {
        if (proposals.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(someone, Arbitraries.of(ids(proposals, TextAnswer::id)), instants())
                .as(DotVote::new).list().ofMaxSize(6);
    }

    /**
     * Text with what people really type and what breaks encoders: diacritics, emoji (joined ones
     * too), right-to-left text and marks, quotes, backslashes, line breaks, control characters,
     * half an emoji, and random characters from the whole UTF-16 range.
     */
    private Arbitrary<String> anyText() {
        Arbitrary<String> tricky = Arbitraries.of("é", "ë", "ï", "Zoë", "Eén", "🎉", "👩‍👩‍👧", "שלום", "مرحبا",
                "\u200F", "\u202E", "\"", "\\", "/", "\n", "\r\n", "\t", " ", "  ", "\u0000", "\u001F", "\u007F",
                "\uD83D", "\uDE00", "\uFEFF", "\uFFFF", "<script>", "{\"a\":1}", "’s-Hertogenbosch");
        Arbitrary<String> chunk = Arbitraries.oneOf(tricky, Arbitraries.strings().all().ofMaxLength(4),
                Arbitraries.strings().alpha().numeric().withChars(' ').ofMaxLength(12));
        return chunk.list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    private Arbitrary<String> requiredLine(int maxLength) {
        return anyText().filter(text -> fits(TextRules.singleLine(text), 1, maxLength));
    }

    private Arbitrary<String> optionalLine(int maxLength) {
        return anyText().filter(text -> fits(TextRules.singleLine(text), 0, maxLength));
    }

    private Arbitrary<String> requiredText() {
        return anyText().filter(text -> fits(TextRules.multiLine(text), 1, TextRules.MAX_ANSWER_LENGTH));
    }

    /** The domain keeps the template key as given, so anything goes, including the empty key. */
    private Arbitrary<String> templateKeys() {
        return Arbitraries.oneOf(Arbitraries.just("royale-organisatie-loyale-klanten"), Arbitraries.just(""),
                anyText());
    }

    private static boolean fits(String cleaned, int minLength, int maxLength) {
        int length = cleaned.codePointCount(0, cleaned.length());
        return length >= minLength && length <= maxLength;
    }

    /** Random 128 bits, not only well-formed random UUIDs: a file must keep any id exactly. */
    private static Arbitrary<UUID> ids() {
        return Arbitraries.longs().tuple2().map(bits -> new UUID(bits.get1(), bits.get2()));
    }

    /** Any instant Java can hold, to the nanosecond. */
    private static Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Every double from 0 to 365 is a bit pattern between theirs; -0.0 is allowed by the domain too. */
    private static Arbitrary<Double> contactsPerYear() {
        Arbitrary<Double> anyInRange = Arbitraries.longs()
                .between(0, Double.doubleToLongBits(Touchpoint.MAX_CONTACTS_PER_YEAR))
                .map(Double::longBitsToDouble);
        return Arbitraries.oneOf(anyInRange, Arbitraries.of(-0.0, 0.5, 2.0, 12.0, 365.0)).injectNull(0.2);
    }

    private static Arbitrary<Score> grades() {
        return Arbitraries.integers().between(Score.MIN, Score.MAX).map(Score::new);
    }

    private static Arbitrary<UUID> oneOfOrNull(List<UUID> ids) {
        return ids.isEmpty() ? Arbitraries.<UUID>just(null) : Arbitraries.of(ids).injectNull(0.3);
    }

    private static <T> List<UUID> ids(List<T> items, Function<T, UUID> idOf) {
        return items.stream().map(idOf).toList();
    }
}
