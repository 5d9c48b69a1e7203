package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.TextAnswer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The console and a phone together: the run serves the page (on loopback here), a phone joins
 * with the code the console shows, answers, and the console and projector follow.
 */
class PhonesInTheRoomTest extends ConsoleFlowTest {

    private final HttpClient http = HttpClient.newHttpClient();



    @Test
    void aPhoneJoinsWithTheShownCodeAndItsAnswerReachesTheConsole(FxRobot robot) throws Exception {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");

        String code = ConsoleHarness.<Label>lookup(robot, "#joinCode").getText();
        String address = ConsoleHarness.<Label>lookup(robot, "#joinAddress").getText();
        assertTrue(code.matches("[A-Z2-9]{6}"), code);
        assertTrue(address.startsWith("http://127.0.0.1:"), address);
        assertTrue(ConsoleHarness.<Label>lookup(robot, "#phonesWarning").getText().startsWith("Alleen bereikbaar"),
                "serving on loopback only is said plainly");

        String cookie = join(address, code);
        ConsoleHarness.waitUntil(() -> ConsoleHarness.<Label>lookup(robot, "#phonesJoined").getText().startsWith("1 "));
        assertEquals(1, ConsoleHarness.<ListView<?>>lookup(robot, "#phoneParticipants").getItems().size());

        robot.type(KeyCode.PAGE_DOWN);
        robot.interact(() -> console.application().shell().activeRun().orElseThrow().openRound());
        String elementId = console.application().shell().activeRun().orElseThrow().currentElement().orElseThrow()
                .id().toString();
        HttpResponse<String> answered = post(address, "api/answers/text", cookie,
                "{\"elementId\":\"" + elementId + "\",\"text\":\"De bakker bracht de taart zelf langs\"}");
        assertEquals(200, answered.statusCode(), answered.body());

        ConsoleHarness.waitUntil(() -> console.application().shell().activeRun().orElseThrow().workshop().answers()
                .texts().stream().map(TextAnswer::text).toList()
                .equals(List.of("De bakker bracht de taart zelf langs")));
    }

    @Test
    void lockingJoiningRefusesANewPhone(FxRobot robot) throws Exception {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        robot.clickOn("#lockJoiningButton");
        String address = ConsoleHarness.<Label>lookup(robot, "#joinAddress").getText();
        String code = ConsoleHarness.<Label>lookup(robot, "#joinCode").getText();

        HttpResponse<String> refused = post(address, "api/join", null, "{\"code\":\"" + code + "\"}");

        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.statusCode() + " " + refused.body());
        assertTrue(ConsoleHarness.<Label>lookup(robot, "#phonesJoined").getText().startsWith("0 "));
    }

    private String join(String baseUrl, String code) throws Exception {
        HttpResponse<String> joined = post(baseUrl, "api/join", null, "{\"code\":\"" + code + "\"}");
        assertEquals(200, joined.statusCode(), joined.body());
        String setCookie = joined.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpResponse<String> post(String baseUrl, String path, String cookie, String json) throws Exception {
        String origin = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
