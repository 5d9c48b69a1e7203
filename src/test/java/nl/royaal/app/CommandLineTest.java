package nl.royaal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsMeansDefaultsEverywhere() {
        CommandLine parsed = CommandLine.parse(List.of());
        assertNull(parsed.dataDirectory());
        assertNull(parsed.openFile());
    }

    @Test
    void readsDataDirectoryAndFileToOpenInBothSpellings() {
        CommandLine spaced = CommandLine.parse(List.of("--data-dir", "/tmp/royaal", "--open", "/tmp/a.royaal"));
        CommandLine joined = CommandLine.parse(List.of("--data-dir=/tmp/royaal", "--open=/tmp/a.royaal"));
        assertEquals(Path.of("/tmp/royaal"), spaced.dataDirectory());
        assertEquals(Path.of("/tmp/a.royaal"), spaced.openFile());
        assertEquals(spaced, joined);
    }

    @Test
    void aBareFileNameIsOpenedLikeDesktopsHandItOver() {
        assertEquals(Path.of("/tmp/b.royaal"), CommandLine.parse(List.of("/tmp/b.royaal")).openFile());
    }

    @Test
    void relativePathsAreMadeAbsolute() {
        assertTrue(CommandLine.parse(List.of("--data-dir", "data")).dataDirectory().isAbsolute());
    }

    @Test
    void refusesUnknownOptionsAndMissingValuesWithAKey() {
        assertEquals("cli.error.unknownOption",
                assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--bogus"))).messageKey());
        assertEquals("cli.error.missingValue",
                assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--open"))).messageKey());
        assertEquals("cli.error.missingValue", assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse(List.of("--data-dir", "--open", "x"))).messageKey());
    }

    @Test
    void helpIsRecognised() {
        assertTrue(CommandLine.parse(List.of("--help")).help());
        assertTrue(CommandLine.parse(List.of("-h")).help());
    }
}
