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
import java.util.concurrent.CopyOnWriteArrayList;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TouchpointScore;
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

    private static int grade(ScoreDimension dimension) {
        List<TouchpointScore> scores = phones.stored().scores().stream()
                .filter(s -> s.touchpointId().equals(phones.workshop.touchpoints().getFirst().id())
                        && s.dimension() == dimension)
                .toList();
        assertEquals(1, scores.size(), "one answer per participant and question");
        return scores.getFirst().score().value();
    }
}
