package nl.royaal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.service.live.LiveSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone page in real headless Chromium (Debian's {@code /usr/bin/chromium}), on a phone-sized
 * screen, against the real server on 127.0.0.1: join by code, answer, change an answer, see the
 * confirmation, and carry on after the laptop's server restarts.
 */
class PhonePageBrowserTest {

    private static final LocatorAssertions.HasTextOptions PATIENT =
            new LocatorAssertions.HasTextOptions().setTimeout(10_000);

    @TempDir
    static Path temp;

    private static PhoneServerFixture phones;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServerAndBrowser() {
        phones = PhoneServerFixture.start(temp.resolve("data"));
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1")));
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        phones.close();
    }

    @BeforeEach
    void aPhone() {
        phones.live.at(ElementKind.SCORING, RoundStatus.OPEN);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("nl-NL")
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            // A 401 before joining is the page asking whether it is in yet: expected, not an error of the page.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
    }

    @AfterEach
    void closePhone() {
        context.close();
    }

    @Test
    void joinByCodeAnswerAScoreChangeItAndSeeTheConfirmation() {
        page.navigate(phones.base + "/");
        page.locator("#code").fill(phones.code().toLowerCase());
        page.locator("#join-button").click();

        assertThat(page.locator("#element")).hasText("Verwachting en beleving", PATIENT);
        Locator expectation = page.locator("#tp0-expectation");
        Locator status = page.locator("section.card").first().locator(".status").first();
        expectation.fill("8");
        assertThat(status).hasText("Ontvangen \u2713", PATIENT);
        assertEquals(8, grade(ScoreDimension.EXPECTATION));

        expectation.fill("3");
        assertThat(status).hasText("Ontvangen \u2713", PATIENT);
        assertEquals(3, grade(ScoreDimension.EXPECTATION), "the later answer replaced the earlier one");

        assertFalse((Boolean) page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth"),
                "fits 360 px without sideways scrolling");
        assertEquals(List.of(), consoleErrors, "no script errors, no CSP violations");
    }

    @Test
    void theQrLinkJoinsWithoutTypingAndATextRoundIsConfirmedAndEscaped() {
        page.navigate(PhoneServer.joinLink(phones.base + "/", phones.code()));
        assertThat(page.locator("#element")).hasText("Verwachting en beleving", PATIENT);
        assertFalse(page.url().contains("code="), "the code does not stay in the address bar");

        phones.live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN); // the page follows by itself
        Locator area = page.locator("#answer-text");
        assertThat(page.locator("#element")).hasText("Fanmoment", PATIENT);
        String story = "<img src=x onerror=\"window.pwned=1\"> De bakker bracht de taart zelf langs";
        area.fill(story);
        page.locator("#answer-text-send").click();

        assertThat(page.locator("section.card .status")).hasText("Ontvangen \u2713", PATIENT);
        assertEquals(story, phones.stored().texts().stream().filter(t -> t.text().contains("bakker")).findFirst()
                .orElseThrow().text());

        area.fill(story + " op zondag!");
        assertThat(page.locator("section.card .status")).hasText("Gewijzigd, nog niet verstuurd");
        page.locator("#answer-text-send").click();
        assertThat(page.locator("section.card .status")).hasText("Ontvangen \u2713", PATIENT);
        assertTrue(phones.stored().texts().stream().anyMatch(t -> t.text().endsWith("op zondag!")));

        page.reload();
        assertThat(page.locator("#answer-text")).hasValue(story + " op zondag!");
        assertEquals(0, page.locator("img").count(), "participant text is never HTML");
        assertEquals(null, page.evaluate("window.pwned"));
    }

    @Test
    void aClosedRoundIsReadOnlyAndWaitingIsSaidPlainly() {
        page.navigate(PhoneServer.joinLink(phones.base + "/", phones.code()));
        assertThat(page.locator("#element")).hasText("Verwachting en beleving", PATIENT);

        phones.live.at(ElementKind.SCORING, RoundStatus.CLOSED);
        assertThat(page.locator("#closed")).isVisible();
        assertThat(page.locator("#tp0-expectation")).isDisabled();

        phones.live.at(ElementKind.BREAK, RoundStatus.OPEN);
        assertThat(page.locator("#wait")).hasText("Wacht op de trainer", PATIENT);
    }

    @Test
    void aWrongCodeSaysSoInTheWorkshopsLanguage() {
        page.navigate(phones.base + "/");
        page.locator("#code").fill("AAAAAA");
        page.locator("#join-button").click();

        assertThat(page.locator("#join-error")).containsText("code klopt niet", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void thePageReconnectsByItselfAfterTheServerRestarts() {
        page.navigate(PhoneServer.joinLink(phones.base + "/", phones.code()));
        assertThat(page.locator("#element")).hasText("Verwachting en beleving", PATIENT);
        assertThat(page.locator("#connection")).hasAttribute("data-state", "online");
        int port = phones.server.port();

        phones.server.stop();
        assertThat(page.locator("#connection")).hasAttribute("data-state", "offline",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
        phones.live.at(ElementKind.PLEDGE, RoundStatus.OPEN); // the room moved on while the server was down
        assertEquals(port, phones.server.start(List.of(PhoneServerFixture.LOOPBACK), port));

        assertThat(page.locator("#element")).hasText("E\u00e9n fan per dag", PATIENT);
        assertThat(page.locator("#connection")).hasAttribute("data-state", "online");
        page.locator("#answer-text").fill("Elke dag een klant onverwacht bellen");
        page.locator("#answer-text-send").click();
        assertThat(page.locator("section.card .status")).hasText("Ontvangen \u2713", PATIENT);
    }

    @Test
    void whereStackingIsAllowedTwoDotsGoOnOneProposalWithPlusAndMinus() {
        votingWith(VisionCanvas.EMPTY.withDotsPerPerson(3).withMaxDotsPerProposal(2));
        try {
            page.navigate(PhoneServer.joinLink(phones.base + "/", phones.code()));
            assertThat(page.locator("#dots-left")).hasText("Nog 3 van je 3 stippen te verdelen", PATIENT);
            assertThat(page.locator("#dots-max")).hasText("Je mag tot 2 stippen op \u00e9\u00e9n voorstel zetten.");
            assertThat(page.locator("#less-0")).isDisabled();

            page.locator("#more-0").click();
            assertThat(page.locator("#dots-0")).hasText("1", PATIENT);
            page.locator("#more-0").click();
            assertThat(page.locator("#dots-0")).hasText("2", PATIENT);
            assertThat(page.locator("#dots-left")).hasText("Nog 1 van je 3 stippen te verdelen");
            assertThat(page.locator("#more-0")).isDisabled(); // the most on one proposal
            assertThat(page.locator("#more-1")).isEnabled();
            assertEquals(List.of(2), myDots(), "one vote row with two dots, stored before it was confirmed");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "phone-dots-stacking.png"))
                    .setFullPage(true));

            page.locator("#more-1").click();
            assertThat(page.locator("#dots-left")).hasText("Nog 0 van je 3 stippen te verdelen", PATIENT);
            assertThat(page.locator("#more-2")).isDisabled(); // every dot is placed
            page.locator("#less-0").click();
            assertThat(page.locator("#dots-0")).hasText("1", PATIENT);
            assertThat(page.locator("#more-2")).isEnabled();
            assertEquals(List.of(1, 1), myDots());
            assertFalse((Boolean) page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth"),
                    "fits 360 px without sideways scrolling");
            assertEquals(List.of(), consoleErrors);
        } finally {
            votingWith(VisionCanvas.EMPTY);
        }
    }

    @Test
    void withOneDotPerProposalTheDotIsAToggleAndASecondIsNeverPlaced() {
        votingWith(VisionCanvas.EMPTY);
        page.navigate(PhoneServer.joinLink(phones.base + "/", phones.code()));
        assertThat(page.locator("#vote-0")).hasText("Stip zetten", PATIENT);
        assertEquals(0, page.locator("#more-0").count(), "no plus where one dot per proposal is allowed");

        page.locator("#vote-0").click();
        assertThat(page.locator("#vote-0")).hasAttribute("aria-pressed", "true", new LocatorAssertions
                .HasAttributeOptions().setTimeout(10_000));
        assertEquals(List.of(1), myDots());
        page.locator("#vote-0").click(); // a second tap takes the dot back rather than adding one
        assertThat(page.locator("#vote-0")).hasAttribute("aria-pressed", "false", new LocatorAssertions
                .HasAttributeOptions().setTimeout(10_000));
        assertEquals(List.of(), myDots());
        assertEquals(List.of(), consoleErrors);
    }

    /** The room on the dream service, voting under these rules, with three proposals to vote on. */
    private static void votingWith(VisionCanvas rules) {
        phones.live.at(ElementKind.DREAM_SERVICE, RoundStatus.OPEN);
        UUID element = phones.live.elementId();
        if (phones.stored().texts().stream().noneMatch(t -> t.purpose() == TextPurpose.VISION_PROPOSAL)) {
            UUID author = phones.service.authenticate(phones.join()).orElseThrow().participantId();
            phones.service.submitProposal(author, element, VisionField.IDEAL_CUSTOMER, "Gezinnen uit de buurt");
            phones.service.submitProposal(author, element, VisionField.ALL_IN_ON, "Vakmanschap");
            phones.service.submitProposal(author, element, VisionField.PROMISE, "Vers, elke ochtend om zeven uur");
        }
        Workshop workshop = phones.live.workshop();
        phones.live.set(new LiveSnapshot(workshop.withVision(rules, workshop.updatedAt()), RoundStatus.OPEN, false,
                true));
    }

    /** The dots of the participant whose phone this page is, per vote row. */
    private List<Integer> myDots() {
        String token = context.cookies().stream().filter(c -> c.name.equals(PhoneServer.COOKIE)).findFirst()
                .orElseThrow().value;
        UUID me = phones.service.authenticate(token).orElseThrow().participantId();
        return phones.stored().votes().stream().filter(v -> v.participantId().equals(me)).map(DotVote::dots)
                .toList();
    }

    private static int grade(ScoreDimension dimension) {
        List<TouchpointScore> scores = phones.stored().scores().stream()
                .filter(s -> s.touchpointId().equals(phones.workshop.touchpoints().getFirst().id())
                        && s.dimension() == dimension)
                .toList();
        assertEquals(1, scores.size(), "one answer per participant and question");
        return scores.getFirst().score().value();
    }
}
