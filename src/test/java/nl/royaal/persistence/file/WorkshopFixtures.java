package nl.royaal.persistence.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.scoring.RealityCheckFigures;

/** Workshops to write and read back, with fixed identities so a failure is easy to reproduce. */
final class WorkshopFixtures {

    /** Diacritics, quotes, a backslash, emoji (outside the BMP, also a joined family) and right-to-left text. */
    static final String TRICKY_LINE = "Zoë's \"café\" naïef \\ 🎉👩‍👩‍👧 שלום مرحبا ‏RTL‎ — € ñ ß";

    /**
     * {@link #exampleWorkshop()} as this version writes it, byte for byte (the example of
     * docs/file-format.md). If a change makes this test fail, the file format changed: bump
     * formatVersion and add a migration instead of editing this text.
     */
    static final String EXAMPLE_FILE = """
            {
              "format": "royaal-workshop",
              "formatVersion": 3,
              "writtenBy": "Royaal 0.1.0",
              "workshop": {
                "id": "00000000-0000-0000-0000-000000000100",
                "details": {
                  "title": "Royale organisatie, loyale klanten",
                  "clientOrganisation": "Bakkerij Dekker",
                  "date": "2025-03-14",
                  "facilitator": "Anne de Vries",
                  "language": "nl"
                },
                "status": "LIVE",
                "templateKey": "royale-organisatie-loyale-klanten",
                "currentElementId": "00000000-0000-0000-0000-000000000002",
                "createdAt": "2025-03-14T08:55:00Z",
                "updatedAt": "2025-03-14T09:41:07.123456789Z",
                "agenda": [
                  {
                    "id": "00000000-0000-0000-0000-000000000001",
                    "kind": "WELCOME",
                    "title": "Welkom en aanmelden",
                    "plannedMinutes": 10,
                    "pinned": true
                  },
                  {
                    "id": "00000000-0000-0000-0000-000000000002",
                    "kind": "DREAM_SERVICE",
                    "title": "Droomservice: onze visie",
                    "plannedMinutes": 35,
                    "pinned": false
                  },
                  {
                    "id": "00000000-0000-0000-0000-000000000003",
                    "kind": "CLOSING",
                    "title": "Afsluiten op een piek",
                    "plannedMinutes": 15,
                    "pinned": true
                  }
                ],
                "touchpoints": [
                  {
                    "id": "00000000-0000-0000-0000-000000000011",
                    "name": "Website",
                    "contactsPerCustomerPerYear": 6.0
                  },
                  {
                    "id": "00000000-0000-0000-0000-000000000012",
                    "name": "Factuur",
                    "contactsPerCustomerPerYear": null
                  }
                ],
                "participants": [
                  {
                    "id": "00000000-0000-0000-0000-000000000021",
                    "displayName": "Zoë",
                    "joinedVia": "PHONE",
                    "joinedAt": "2025-03-14T08:55:00Z"
                  },
                  {
                    "id": "00000000-0000-0000-0000-000000000022",
                    "displayName": "",
                    "joinedVia": "SCORE_GRID",
                    "joinedAt": "2025-03-14T08:55:30Z"
                  }
                ],
                "answers": {
                  "touchpointScores": [
                    {
                      "participantId": "00000000-0000-0000-0000-000000000021",
                      "touchpointId": "00000000-0000-0000-0000-000000000011",
                      "dimension": "EXPECTATION",
                      "score": 7,
                      "answeredAt": "2025-03-14T09:41:07.123456789Z"
                    },
                    {
                      "participantId": "00000000-0000-0000-0000-000000000021",
                      "touchpointId": "00000000-0000-0000-0000-000000000011",
                      "dimension": "EXPERIENCE",
                      "score": 9,
                      "answeredAt": "2025-03-14T09:41:07.123456789Z"
                    }
                  ],
                  "texts": [
                    {
                      "id": "00000000-0000-0000-0000-000000000031",
                      "participantId": "00000000-0000-0000-0000-000000000022",
                      "elementId": "00000000-0000-0000-0000-000000000001",
                      "purpose": "FAN_MOMENT",
                      "visionField": null,
                      "text": "De taart stond er al toen de klant binnenkwam.",
                      "hidden": false,
                      "answeredAt": "2025-03-14T09:41:07.123456789Z"
                    },
                    {
                      "id": "00000000-0000-0000-0000-000000000032",
                      "participantId": "00000000-0000-0000-0000-000000000021",
                      "elementId": "00000000-0000-0000-0000-000000000002",
                      "purpose": "VISION_PROPOSAL",
                      "visionField": "PROMISE",
                      "text": "Vers, elke ochtend.",
                      "hidden": false,
                      "answeredAt": "2025-03-14T09:41:07.123456789Z"
                    }
                  ],
                  "dotVotes": [
                    {
                      "participantId": "00000000-0000-0000-0000-000000000022",
                      "proposalId": "00000000-0000-0000-0000-000000000032",
                      "answeredAt": "2025-03-14T09:41:07.123456789Z",
                      "dots": 1
                    }
                  ],
                  "elementRatings": [
                    {
                      "participantId": "00000000-0000-0000-0000-000000000021",
                      "elementId": "00000000-0000-0000-0000-000000000003",
                      "score": 8,
                      "answeredAt": "2025-03-14T09:41:07.123456789Z"
                    }
                  ],
                  "selfImageScores": [
                    {
                      "participantId": "00000000-0000-0000-0000-000000000021",
                      "question": "OUR_VIEW",
                      "score": 8,
                      "answeredAt": "2025-03-14T09:41:07.123456789Z"
                    }
                  ]
                },
                "vision": {
                  "dotsPerPerson": 3,
                  "maxDotsPerProposal": 1,
                  "adopted": [
                    {
                      "field": "ALL_IN_ON",
                      "text": "Vakmanschap"
                    },
                    {
                      "field": "ALL_IN_ON",
                      "text": "Persoonlijk contact"
                    },
                    {
                      "field": "PROMISE",
                      "text": "Vers, elke ochtend."
                    }
                  ]
                },
                "settings": {
                  "scoring": {
                    "margin": 0.5,
                    "discussThreshold": 2.0
                  },
                  "realityCheck": {
                    "source": "TOTALS",
                    "totalContactsPerYear": 13000.0,
                    "customers": 80000,
                    "automatedContactsPerYear": 12.0
                  },
                  "fanClub": {
                    "people": null,
                    "workingDaysPerYear": 200,
                    "years": 1
                  }
                }
              }
            }
            """;

    /**
     * The same workshop as version 1 wrote it, before the vision was kept (the example without its
     * {@code vision} and with version 1): still read, with nothing adopted and the default dots.
     */
    static final String EXAMPLE_FILE_VERSION_1 = withoutDotCounts(EXAMPLE_FILE)
            .replace("\"formatVersion\": 3", "\"formatVersion\": 1")
            .substring(0, withoutDotCounts(EXAMPLE_FILE).indexOf("    },\n    \"vision\"")) + "    }\n  }\n}\n";

    /**
     * The example without {@code dots} on the vote and without {@code maxDotsPerProposal}, both
     * optional: read as one dot each. (Version 1 and 2 files never had them.)
     */
    static final String EXAMPLE_FILE_WITHOUT_DOT_COUNTS = withoutDotCounts(EXAMPLE_FILE);

    private static String withoutDotCounts(String file) {
        return file.replace(",\n          \"dots\": 1\n", "\n").replace("      \"maxDotsPerProposal\": 1,\n", "");
    }

    /**
     * The same workshop as version 2 wrote it, before the settings were kept: still read, with the
     * default margin and threshold, no reality-check totals and the fan club following the room.
     */
    static final String EXAMPLE_FILE_VERSION_2 = withoutDotCounts(EXAMPLE_FILE)
            .replace("\"formatVersion\": 3", "\"formatVersion\": 2")
            .substring(0, withoutDotCounts(EXAMPLE_FILE).indexOf(",\n    \"settings\"")) + "\n  }\n}\n";

    private WorkshopFixtures() {
    }

    /** Small but with every part and every answer kind: the example of docs/file-format.md. */
    static Workshop exampleWorkshop() {
        UUID welcome = id(1);
        UUID vision = id(2);
        UUID closing = id(3);
        UUID website = id(11);
        UUID invoice = id(12);
        UUID zoe = id(21);
        UUID anonymous = id(22);
        UUID fanMoment = id(31);
        UUID proposal = id(32);
        Instant morning = Instant.parse("2025-03-14T08:55:00Z");
        Instant answered = Instant.parse("2025-03-14T09:41:07.123456789Z");
        return new Workshop(
                id(100),
                new WorkshopDetails("Royale organisatie, loyale klanten", "Bakkerij Dekker", LocalDate.of(2025, 3, 14),
                        "Anne de Vries", Language.NL),
                WorkshopStatus.LIVE,
                "royale-organisatie-loyale-klanten",
                List.of(new AgendaElement(welcome, ElementKind.WELCOME, "Welkom en aanmelden", 10, true),
                        new AgendaElement(vision, ElementKind.DREAM_SERVICE, "Droomservice: onze visie", 35, false),
                        new AgendaElement(closing, ElementKind.CLOSING, "Afsluiten op een piek", 15, true)),
                List.of(new Touchpoint(website, "Website", 6.0), new Touchpoint(invoice, "Factuur", null)),
                List.of(new Participant(zoe, "Zoë", JoinChannel.PHONE, morning),
                        new Participant(anonymous, "", JoinChannel.SCORE_GRID, morning.plusSeconds(30))),
                new Answers(
                        List.of(new TouchpointScore(zoe, website, ScoreDimension.EXPECTATION, Score.of(7), answered),
                                new TouchpointScore(zoe, website, ScoreDimension.EXPERIENCE, Score.of(9), answered)),
                        List.of(new TextAnswer(fanMoment, anonymous, welcome, TextPurpose.FAN_MOMENT, null,
                                        "De taart stond er al toen de klant binnenkwam.", false, answered),
                                new TextAnswer(proposal, zoe, vision, TextPurpose.VISION_PROPOSAL,
                                        VisionField.PROMISE, "Vers, elke ochtend.", false, answered)),
                        List.of(new DotVote(anonymous, proposal, answered)),
                        List.of(new ElementRating(zoe, closing, Score.of(8), answered)),
                        List.of(new SelfImageScore(zoe, SelfImageQuestion.OUR_VIEW, Score.of(8), answered))),
                vision,
                morning,
                answered,
                VisionCanvas.EMPTY.adopt(VisionField.PROMISE, "Vers, elke ochtend.")
                        .adopt(VisionField.ALL_IN_ON, "Vakmanschap")
                        .adopt(VisionField.ALL_IN_ON, "Persoonlijk contact"),
                WorkshopSettings.DEFAULT.withRealityCheck(RealityCheckFigures.UNION_EXAMPLE));
    }

    /** {@link #exampleWorkshop()} as a version-1 file had it: no vision adopted. */
    static Workshop exampleWorkshopVersion1() {
        Workshop example = exampleWorkshop();
        return exampleWorkshopVersion2().withVision(VisionCanvas.EMPTY, example.updatedAt());
    }

    /** {@link #exampleWorkshop()} as a version-2 file had it: the default settings. */
    static Workshop exampleWorkshopVersion2() {
        Workshop example = exampleWorkshop();
        return example.withSettings(WorkshopSettings.DEFAULT, example.updatedAt());
    }

    /** Every kind of answer several times, tricky text everywhere text can go, nanosecond instants. */
    static Workshop fullWorkshop() {
        List<AgendaElement> agenda = List.of(
                new AgendaElement(id(1), ElementKind.WELCOME, "Welkom — " + TRICKY_LINE, 10, true),
                new AgendaElement(id(2), ElementKind.FAN_MOMENT, "Fanmoment 🎉", 15, false),
                new AgendaElement(id(3), ElementKind.SELF_IMAGE, "Zelfbeeld-check", 0, false),
                new AgendaElement(id(4), ElementKind.DREAM_SERVICE, "Droomservice", 480, false),
                new AgendaElement(id(5), ElementKind.BREAK, "Pauze", 15, true),
                new AgendaElement(id(6), ElementKind.CUSTOM, "שלום עולם", 5, false),
                new AgendaElement(id(7), ElementKind.PLEDGE, "Eén fan per dag", 15, false),
                new AgendaElement(id(8), ElementKind.CLOSING, "Afsluiten op een piek", 15, true));
        List<Touchpoint> touchpoints = List.of(
                new Touchpoint(id(11), "Eerste telefoontje", 0.5),
                new Touchpoint(id(12), "Offerte “op maat”", null),
                new Touchpoint(id(13), "Factuur", 12.0),
                new Touchpoint(id(14), "Klacht", 0.0),
                new Touchpoint(id(15), "Nazorg", 365.0),
                new Touchpoint(id(16), "Website", 1.0 / 3.0));
        Instant joined = Instant.ofEpochSecond(1_741_942_500L, 999_999_999);
        List<Participant> participants = List.of(
                new Participant(id(21), "Zoë", JoinChannel.PHONE, joined),
                new Participant(id(22), "", JoinChannel.KIOSK, joined.plusNanos(1)),
                new Participant(id(23), "مريم", JoinChannel.SCORE_GRID, joined.plusMillis(1)),
                new Participant(id(24), "Joël 👩‍💻", JoinChannel.IMPORT, Instant.EPOCH));
        Instant at = Instant.parse("2025-03-14T10:15:30.000000001Z");
        Answers answers = new Answers(
                List.of(new TouchpointScore(id(21), id(11), ScoreDimension.EXPECTATION, Score.of(1), at),
                        new TouchpointScore(id(21), id(11), ScoreDimension.EXPERIENCE, Score.of(10), at),
                        new TouchpointScore(id(22), id(12), ScoreDimension.EXPECTATION, Score.of(6), at.plusNanos(7)),
                        new TouchpointScore(id(23), id(16), ScoreDimension.EXPERIENCE, Score.of(8), at)),
                List.of(new TextAnswer(id(31), id(21), id(2), TextPurpose.FAN_MOMENT, null,
                                "Regel één\nRegel twee met " + TRICKY_LINE + "\n\nEn na een witregel.", false, at),
                        new TextAnswer(id(32), id(22), id(2), TextPurpose.FAN_MOMENT, null, "Verborgen verhaal", true,
                                at),
                        new TextAnswer(id(33), id(23), id(4), TextPurpose.VISION_PROPOSAL, VisionField.IDEAL_CUSTOMER,
                                "Klanten die 💛 voor vakwerk hebben", false, at),
                        new TextAnswer(id(34), id(21), id(4), TextPurpose.VISION_PROPOSAL, VisionField.NOT_DOING,
                                "Geen 24/7-bereikbaarheid", false, at),
                        new TextAnswer(id(35), id(24), id(7), TextPurpose.PLEDGE, null,
                                "Elke dag één klant bellen <script>alert('x')</script>", false, at)),
                List.of(new DotVote(id(21), id(33), at), new DotVote(id(22), id(33), at),
                        new DotVote(id(23), id(34), at.plusSeconds(1), 4)),
                List.of(new ElementRating(id(21), id(1), Score.of(7), at),
                        new ElementRating(id(22), id(8), Score.of(9), at),
                        new ElementRating(id(24), id(6), Score.of(3), at)),
                List.of(new SelfImageScore(id(21), SelfImageQuestion.OUR_VIEW, Score.of(8), at),
                        new SelfImageScore(id(21), SelfImageQuestion.CUSTOMER_VIEW, Score.of(5), at),
                        new SelfImageScore(id(23), SelfImageQuestion.CUSTOMER_VIEW, Score.of(2), at)));
        return new Workshop(
                id(200),
                new WorkshopDetails(TRICKY_LINE, "Dekker & Zonen B.V. (’s-Hertogenbosch)", LocalDate.of(2025, 3, 14),
                        "Anne-Marieke van der Bergh-Oğuz", Language.EN),
                WorkshopStatus.CLOSED,
                "royale-organisatie-loyale-klanten",
                agenda,
                touchpoints,
                participants,
                answers,
                id(6),
                Instant.parse("2025-03-01T00:00:00.000000001Z"),
                Instant.parse("2025-03-14T16:59:59.999999999Z"),
                new VisionCanvas(List.of(new VisionCanvas.Choice(VisionField.IDEAL_CUSTOMER, TRICKY_LINE),
                        new VisionCanvas.Choice(VisionField.ALL_IN_ON, "Eén"),
                        new VisionCanvas.Choice(VisionField.ALL_IN_ON, "🎉"),
                        new VisionCanvas.Choice(VisionField.ALL_IN_ON, "שלום"),
                        new VisionCanvas.Choice(VisionField.NOT_DOING, "Regel één\nRegel twee")), 20, 5));
    }

    /** A fresh draft: no participants, no answers, not started, optional texts empty. */
    static Workshop emptyDraft() {
        return new Workshop(id(300), new WorkshopDetails("Concept", "", LocalDate.of(2026, 1, 5), "", Language.NL),
                WorkshopStatus.DRAFT, "", List.of(), List.of(), List.of(), Answers.NONE, null,
                Instant.parse("2026-01-01T12:00:00Z"), Instant.parse("2026-01-01T12:00:00Z"));
    }

    /** Readable fixed identities: 00000000-0000-0000-0000-000000000021 for 21. */
    static UUID id(int number) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", number));
    }
}
