package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static nl.royaal.domain.Refusals.assertRefusedForField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VisionCanvasTest {

    @Test
    void aNewWorkshopHasAdoptedNothingAndVotesWithThreeDots() {
        assertTrue(VisionCanvas.EMPTY.isEmpty());
        assertEquals(3, VisionCanvas.EMPTY.dotsPerPerson());
        for (VisionField field : VisionField.values()) {
            assertEquals(List.of(), VisionCanvas.EMPTY.texts(field));
        }
    }

    @Test
    void adoptingIntoAOneTextFieldReplacesItsText() {
        VisionCanvas vision = VisionCanvas.EMPTY.adopt(VisionField.PROMISE, "Binnen een dag antwoord")
                .adopt(VisionField.PROMISE, "  Binnen twee dagen antwoord \n");

        assertEquals(List.of("Binnen twee dagen antwoord"), vision.texts(VisionField.PROMISE));
    }

    @Test
    void allInOnHoldsThreeChoicesAndRefusesAFourthSayingWhy() {
        VisionCanvas three = VisionCanvas.EMPTY.adopt(VisionField.ALL_IN_ON, "Vakmanschap")
                .adopt(VisionField.ALL_IN_ON, "Snelheid")
                .adopt(VisionField.ALL_IN_ON, "Persoonlijk contact");

        assertEquals(List.of("Vakmanschap", "Snelheid", "Persoonlijk contact"), three.texts(VisionField.ALL_IN_ON));
        assertTrue(three.full(VisionField.ALL_IN_ON));
        assertRefused("vision.error.allInOnFull", new Object[] {3},
                () -> three.adopt(VisionField.ALL_IN_ON, "De laagste prijs"));
        assertRefused("vision.error.allInOnFull",
                () -> new VisionCanvas(List.of(new VisionCanvas.Choice(VisionField.ALL_IN_ON, "a"),
                        new VisionCanvas.Choice(VisionField.ALL_IN_ON, "b"),
                        new VisionCanvas.Choice(VisionField.ALL_IN_ON, "c"),
                        new VisionCanvas.Choice(VisionField.ALL_IN_ON, "d")), 3));
    }

    @Test
    void theSameChoiceTwiceIsRefusedRatherThanTakingASecondPlace() {
        VisionCanvas one = VisionCanvas.EMPTY.adopt(VisionField.ALL_IN_ON, "Vakmanschap");

        assertRefused("vision.error.alreadyAdopted", () -> one.adopt(VisionField.ALL_IN_ON, " Vakmanschap "));
    }

    @Test
    void aOneTextFieldCannotBeGivenTwoTextsDirectly() {
        assertRefused("vision.error.oneText", () -> new VisionCanvas(List.of(
                new VisionCanvas.Choice(VisionField.PROMISE, "a"), new VisionCanvas.Choice(VisionField.PROMISE, "b")),
                3));
    }

    @Test
    void editingReplacesOneChoiceInPlaceAndRemovingTakesItOut() {
        VisionCanvas vision = VisionCanvas.EMPTY.adopt(VisionField.ALL_IN_ON, "Vakmanschap")
                .adopt(VisionField.ALL_IN_ON, "Snelheid");

        VisionCanvas edited = vision.edit(VisionField.ALL_IN_ON, 0, "Vakmanschap dat je ziet");
        assertEquals(List.of("Vakmanschap dat je ziet", "Snelheid"), edited.texts(VisionField.ALL_IN_ON));
        assertEquals(List.of("Snelheid"), edited.remove(VisionField.ALL_IN_ON, 0).texts(VisionField.ALL_IN_ON));
        assertRefusedForField("validation.text.required", "vision.finalText",
                () -> vision.edit(VisionField.ALL_IN_ON, 1, " \t\n "));
    }

    @Test
    void badFinalTextsAreRefusedAndStrangeButRealOnesKept() {
        assertRefusedForField("validation.text.required", "vision.finalText",
                () -> VisionCanvas.EMPTY.adopt(VisionField.IDEAL_CUSTOMER, ""));
        assertRefusedForField("validation.text.required", "vision.finalText",
                () -> VisionCanvas.EMPTY.adopt(VisionField.IDEAL_CUSTOMER, " \u00A0 \n\t"));
        assertRefused("validation.text.tooLong", new Object[] {"vision.finalText", 500, 10_000},
                () -> VisionCanvas.EMPTY.adopt(VisionField.IDEAL_CUSTOMER, "x".repeat(10_000)));

        VisionCanvas strange = VisionCanvas.EMPTY.adopt(VisionField.IDEAL_CUSTOMER, "🎉👩‍👩‍👧")
                .adopt(VisionField.PROMISE, "نعد بالرد خلال يوم")
                .adopt(VisionField.NOT_DOING, "a".repeat(500));
        assertEquals(List.of("🎉👩‍👩‍👧"), strange.texts(VisionField.IDEAL_CUSTOMER));
        assertEquals(List.of("نعد بالرد خلال يوم"), strange.texts(VisionField.PROMISE));
    }

    @Test
    void dotsPerPersonStayBetweenOneAndTwenty() {
        assertEquals(20, VisionCanvas.EMPTY.withDotsPerPerson(20).dotsPerPerson());
        assertRefused("vision.error.dotsRange", new Object[] {0, 1, 20}, () -> VisionCanvas.EMPTY.withDotsPerPerson(0));
        assertRefused("vision.error.dotsRange", () -> VisionCanvas.EMPTY.withDotsPerPerson(21));
    }

    @Test
    void oneDotPerProposalUnlessTheFacilitatorAllowsMoreUpToTheDotsPerPerson() {
        assertEquals(1, VisionCanvas.EMPTY.maxDotsPerProposal());
        assertFalse(VisionCanvas.EMPTY.stacking());

        VisionCanvas stacked = VisionCanvas.EMPTY.withDotsPerPerson(5).withMaxDotsPerProposal(5);

        assertTrue(stacked.stacking());
        assertEquals(5, stacked.maxDotsPerProposal());
        assertRefused("vision.error.maxPerProposalRange", new Object[] {6, 1, 5},
                () -> stacked.withMaxDotsPerProposal(6));
        assertRefused("vision.error.maxPerProposalRange", () -> stacked.withMaxDotsPerProposal(0));
        assertEquals(5, stacked.adopt(VisionField.PROMISE, "Vers").maxDotsPerProposal(), "kept through adoption");
    }

    @Test
    void loweringTheDotsPerPersonLowersTheMostPerProposalWithIt() {
        VisionCanvas stacked = VisionCanvas.EMPTY.withDotsPerPerson(5).withMaxDotsPerProposal(4);

        assertEquals(2, stacked.withDotsPerPerson(2).maxDotsPerProposal(), "clamped, not refused");
        assertEquals(4, stacked.withDotsPerPerson(8).maxDotsPerProposal(), "raising the budget leaves it");
        assertRefused("vision.error.dotsRange", () -> stacked.withDotsPerPerson(0));
    }

    @Test
    void mergingPutsEachProposalOnItsOwnLineOnce() {
        assertEquals("Ondernemers met haast\nMkb dat persoonlijk contact wil",
                VisionCanvas.merged(List.of(" Ondernemers met haast ", "Mkb dat persoonlijk contact wil", "",
                        "Ondernemers met haast")));
    }

    @Test
    void theCanvasKeepsFieldOrderWhateverOrderTheTextsWereAdoptedIn() {
        VisionCanvas vision = VisionCanvas.EMPTY.adopt(VisionField.PROMISE, "p")
                .adopt(VisionField.IDEAL_CUSTOMER, "i").adopt(VisionField.ALL_IN_ON, "b")
                .adopt(VisionField.ALL_IN_ON, "a");

        assertEquals(List.of(VisionField.IDEAL_CUSTOMER, VisionField.ALL_IN_ON, VisionField.ALL_IN_ON,
                VisionField.PROMISE), vision.adopted().stream().map(VisionCanvas.Choice::field).toList());
        assertEquals(List.of("b", "a"), vision.texts(VisionField.ALL_IN_ON));
    }

    @Test
    void aWorkshopKeepsItsVisionThroughChangesAndADuplicateStartsWithoutIt() {
        Instant now = Instant.parse("2026-03-14T10:00:00Z");
        Workshop workshop = new Workshop(UUID.randomUUID(),
                new WorkshopDetails("Visie", "", java.time.LocalDate.of(2026, 3, 14), "", Language.NL),
                WorkshopStatus.LIVE, "", List.of(AgendaElement.create(ElementKind.DREAM_SERVICE, "Droom", 30)),
                List.of(), List.of(), Answers.NONE, null, now, now);
        VisionCanvas vision = VisionCanvas.EMPTY.withDotsPerPerson(5).withMaxDotsPerProposal(2)
                .adopt(VisionField.PROMISE, "Vers");

        Workshop adopted = workshop.withVision(vision, now).withStatus(WorkshopStatus.CLOSED, now);

        assertEquals(vision, adopted.vision());
        Workshop copy = adopted.duplicate("Kopie", now);
        assertTrue(copy.vision().isEmpty());
        assertEquals(5, copy.vision().dotsPerPerson(), "the room's dot budget is a setting, kept with the copy");
        assertEquals(2, copy.vision().maxDotsPerProposal(), "and so is the most per proposal");
    }

    // --- for all inputs -----------------------------------------------------------------------

    /** Whatever the facilitator clicks, in whatever order, the canvas never holds more than its fields can. */
    @Property(tries = 300)
    void noSequenceOfActionsOverfillsAField(@ForAll("actions") List<Action> actions) {
        VisionCanvas vision = VisionCanvas.EMPTY;
        for (Action action : actions) {
            VisionCanvas before = vision;
            try {
                vision = action.apply(vision);
            } catch (DomainException | IndexOutOfBoundsException refused) {
                assertEquals(before, vision, "a refused action changes nothing");
            }
            for (VisionField field : VisionField.values()) {
                assertTrue(vision.texts(field).size() <= VisionCanvas.capacity(field));
                assertEquals(vision.texts(field).size(), vision.texts(field).stream().distinct().count());
            }
        }
    }

    /** Adopting into a field never changes another field. */
    @Property(tries = 300)
    void adoptingTouchesOnlyItsOwnField(@ForAll("actions") List<Action> setUp, @ForAll VisionField field,
            @ForAll("texts") String text) {
        VisionCanvas vision = VisionCanvas.EMPTY;
        for (Action action : setUp) {
            try {
                vision = action.apply(vision);
            } catch (DomainException | IndexOutOfBoundsException refused) {
                // skipped: only the canvas it leaves matters here
            }
        }
        VisionCanvas before = vision;
        try {
            VisionCanvas after = vision.adopt(field, text);
            for (VisionField other : VisionField.values()) {
                if (other != field) {
                    assertEquals(before.texts(other), after.texts(other));
                }
            }
            assertTrue(after.texts(field).contains(TextRules.multiLine(text)));
        } catch (DomainException refused) {
            assertTrue(before.full(field) || before.texts(field).contains(TextRules.multiLine(text)),
                    "only a full all-in on or a repeat is refused: " + refused.messageKey());
            assertEquals(VisionField.ALL_IN_ON, field);
        }
    }

    /** One click of the facilitator on the canvas. */
    record Action(int kind, VisionField field, int index, String text) {
        VisionCanvas apply(VisionCanvas vision) {
            return switch (kind) {
                case 0, 1 -> vision.adopt(field, text);
                case 2 -> vision.edit(field, index, text);
                default -> vision.remove(field, index);
            };
        }
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(VisionField.class),
                        Arbitraries.integers().between(0, 3), texts())
                .as(Action::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("Vakmanschap", "Snelheid", "Persoonlijk", "Eerlijk", "🎉", "שלום");
    }

    @Test
    void aNewCanvasWithTheSameTextsInOtherFieldsIsFine() {
        VisionCanvas vision = VisionCanvas.EMPTY.adopt(VisionField.PROMISE, "Vers")
                .adopt(VisionField.ALL_IN_ON, "Vers");
        assertFalse(vision.full(VisionField.ALL_IN_ON));
        assertEquals(2, vision.adopted().size());
    }
}
