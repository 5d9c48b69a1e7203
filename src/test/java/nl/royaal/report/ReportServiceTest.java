package nl.royaal.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.service.ReportException;
import nl.royaal.service.ReportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The console's way in: write to a path, all or nothing, with progress and clear refusals. */
class ReportServiceTest {

    @TempDir
    Path folder;

    private final ReportService service = new ReportService();
    private final Workshop workshop = ReportWorkshops.known(Language.NL);

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesEveryFormatAndReportsProgressFromZeroToOneNeverBackwards(ReportFormat format) throws IOException {
        List<Double> progress = new ArrayList<>();
        Path target = folder.resolve("rapport." + format.extension());
        Path written = service.write(workshop, format, target, false, progress::add);
        assertEquals(target.toAbsolutePath(), written);
        assertTrue(Files.size(written) > 100);
        assertEquals(0.0, progress.getFirst());
        assertEquals(1.0, progress.getLast());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress goes up: " + progress);
        }
        assertEquals(List.of(written), listing(), "no temporary file is left behind");
    }

    @Test
    void refusesAnExistingFileUnlessToldToOverwriteAndLeavesItAsItWas() throws IOException {
        Path target = folder.resolve("rapport.pdf");
        byte[] before = "an earlier report".getBytes();
        Files.write(target, before);
        ReportException refused = assertThrows(ReportException.class,
                () -> service.write(workshop, ReportFormat.PDF, target, false, share -> { }));
        assertEquals(ReportException.Problem.EXISTS, refused.problem());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertTrue(service.exists(target));

        service.write(workshop, ReportFormat.PDF, target, true, share -> { });
        assertTrue(new String(Files.readAllBytes(target), 0, 5).startsWith("%PDF"));
        assertEquals(List.of(target), listing());
    }

    @Test
    void aMissingFolderAFileInTheWayOrAFolderAsTargetAreRefusedClearly() throws IOException {
        assertEquals(ReportException.Problem.FOLDER_MISSING, assertThrows(ReportException.class,
                () -> service.write(workshop, ReportFormat.PDF, folder.resolve("nope/rapport.pdf"), false, s -> { }))
                .problem());
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertEquals(ReportException.Problem.NOT_WRITABLE, assertThrows(ReportException.class,
                () -> service.write(workshop, ReportFormat.PDF, file.resolve("rapport.pdf"), false, s -> { }))
                .problem());
        Path directory = Files.createDirectory(folder.resolve("rapport.pdf"));
        assertEquals(ReportException.Problem.NOT_WRITABLE, assertThrows(ReportException.class,
                () -> service.write(workshop, ReportFormat.PDF, directory, true, s -> { })).problem());
    }

    @Test
    void aReadOnlyFileSystemIsNotWritable() {
        Path readOnly = Path.of("/proc/royaal-report.pdf"); // not writable, not even for root
        assumeTrue(Files.isDirectory(readOnly.getParent()));
        ReportException refused = assertThrows(ReportException.class,
                () -> service.write(workshop, ReportFormat.PDF, readOnly, false, s -> { }));
        assertTrue(refused.problem() == ReportException.Problem.NOT_WRITABLE
                || refused.problem() == ReportException.Problem.FOLDER_MISSING, refused::toString);
    }

    @Test
    void everyProblemHasASentenceInBothLanguagesThatNamesTheFile() {
        for (ReportException.Problem problem : ReportException.Problem.values()) {
            ReportException exception = new ReportException(problem, Path.of("/tmp/rapport.pdf"), null);
            for (Language language : Language.values()) {
                String sentence = I18n.of(language).t(exception.messageKey(), exception.arguments());
                assertTrue(sentence.contains("/tmp/rapport.pdf") && !sentence.startsWith("!"), sentence);
            }
        }
    }

    @Test
    void aFullDiskSaysSoAndLeavesNoHalfFile() throws Exception {
        Path mountPoint = Files.createDirectory(folder.resolve("tiny-disk"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.toString());
        assumeTrue(mounted, "mounting a tmpfs needs root; this test runs in CI");
        try {
            Workshop keynote = ReportWorkshops.large(300, 12, 3);
            ReportException full = assertThrows(ReportException.class, () -> service.write(keynote, ReportFormat.PDF,
                    mountPoint.resolve("rapport.pdf"), false, s -> { }));
            assertEquals(ReportException.Problem.DISK_FULL, full.problem(), full::toString);
            try (Stream<Path> left = Files.list(mountPoint)) {
                assertEquals(List.of(), left.toList());
            }
        } finally {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toAbsolutePath).toList();
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream ignored = process.getOutputStream()) {
                process.getInputStream().readAllBytes();
            }
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notAvailable) {
            return false;
        }
    }
}
