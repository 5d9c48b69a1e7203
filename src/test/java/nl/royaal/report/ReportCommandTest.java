package nl.royaal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.royaal.app.ReportCommand;
import nl.royaal.domain.Language;
import nl.royaal.persistence.file.RoyaalFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code royaal report FILE --format F -o OUT [--force]}: exit codes and one clear line for every failure. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private Path input;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Locale systemLocale;

    @BeforeEach
    void workshopFile() {
        systemLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        input = folder.resolve("workshop.royaal");
        new RoyaalFile("test").writeAtomically(ReportWorkshops.known(Language.NL), input);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(systemLocale);
    }

    @Test
    void writesEachFormatAndSaysWhere() throws IOException {
        for (String format : List.of("pdf", "csv", "xlsx")) {
            Path output = folder.resolve("report-" + format);
            assertEquals(ReportCommand.OK, run(input.toString(), "--format", format, "-o", output.toString()));
            assertTrue(Files.size(output) > 100);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Report written: " + output), out::toString);
        }
        assertEquals(ReportCommand.OK, run(input.toString(), "--format=PDF", "--output=" + folder.resolve("b.pdf")));
    }

    @Test
    void theExtensionOfTheOutputChoosesTheFormatWhenNoneIsGiven() throws IOException {
        assertEquals(ReportCommand.OK, run(input.toString(), "-o", folder.resolve("r.xlsx").toString()));
        assertEquals('P', Files.readAllBytes(folder.resolve("r.xlsx"))[0], "an XLSX is a ZIP");
    }

    @Test
    void anExistingOutputNeedsForce() throws IOException {
        Path output = Files.writeString(folder.resolve("report.pdf"), "keep me");
        assertEquals(ReportCommand.FAILED, run(input.toString(), "--format", "pdf", "-o", output.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already exists"), err::toString);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--force"), err::toString);
        assertEquals("keep me", Files.readString(output));
        assertEquals(ReportCommand.OK, run(input.toString(), "--format", "pdf", "-o", output.toString(), "--force"));
        assertTrue(Files.readString(output, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void aMissingUnreadableOrNewerWorkshopFileFailsWithOneLine() throws IOException {
        Path output = folder.resolve("r.pdf");
        assertEquals(ReportCommand.FAILED, run(folder.resolve("missing.royaal").toString(), "-o", output.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"), err::toString);

        Path garbage = Files.writeString(folder.resolve("garbage.royaal"), "this is no workshop");
        assertEquals(ReportCommand.FAILED, run(garbage.toString(), "-o", output.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read this file"), err::toString);

        Path newer = folder.resolve("newer.royaal");
        Files.writeString(newer, Files.readString(input).replaceFirst("\"formatVersion\": \\d+", "\"formatVersion\": 99"));
        assertEquals(ReportCommand.FAILED, run(newer.toString(), "-o", output.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("newer version of Royaal"), err::toString);
        assertFalse(Files.exists(output));
    }

    @Test
    void anUnwritableOutputFailsWithOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertEquals(ReportCommand.FAILED, run(input.toString(), "-o", file.resolve("r.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("may not write"), err::toString);
        assertEquals(ReportCommand.FAILED, run(input.toString(), "-o", folder.resolve("no/such/r.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"), err::toString);
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        assertEquals(ReportCommand.USAGE, run(input.toString(), "--format", "docx", "-o", "x.docx"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown format: docx"), err::toString);
        assertEquals(ReportCommand.USAGE, run(input.toString(), "--format", "pdf"));
        assertEquals(ReportCommand.USAGE, run("-o", "x.pdf"));
        assertEquals(ReportCommand.USAGE, run(input.toString(), "-o", "x.txt"));
        assertEquals(ReportCommand.USAGE, run(input.toString(), "--bogus", "-o", "x.pdf"));
        assertEquals(ReportCommand.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("royaal report FILE.royaal"));
    }

    @Test
    void messagesFollowTheSystemLanguage() {
        Locale.setDefault(Locale.of("nl"));
        assertEquals(ReportCommand.FAILED, run(folder.resolve("weg.royaal").toString(), "-o", "x.pdf"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bestaat niet"), err::toString);
    }

    @Test
    void theLauncherWritesTheReportWithoutStartingJavaFx() throws Exception {
        Path output = folder.resolve("launched.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=NoSuchPlatform", "nl.royaal.app.RoyaalLauncher", "report", input.toString(),
                "--format", "pdf", "-o", output.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("launcher.log").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends by itself");
        String log = Files.readString(folder.resolve("launcher.log"));
        assertEquals(0, process.exitValue(), log);
        assertTrue(Files.size(output) > 1000, log);

        Process failing = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "nl.royaal.app.RoyaalLauncher", "report", folder.resolve("missing.royaal").toString(), "-o",
                output.toString()).redirectErrorStream(true).redirectOutput(new File(folder.toFile(), "fail.log")).start();
        assertTrue(failing.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ReportCommand.FAILED, failing.exitValue());
    }

    private int run(String... arguments) {
        out.reset();
        err.reset();
        return ReportCommand.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
