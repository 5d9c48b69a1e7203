package nl.royaal.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.file.RoyaalFile;
import nl.royaal.persistence.file.RoyaalFileException;
import nl.royaal.report.ReportFormat;
import nl.royaal.service.ReportException;
import nl.royaal.service.ReportService;

/**
 * {@code royaal report FILE.royaal --format pdf|csv|xlsx -o OUT [--force]}: writes a workshop
 * file's session report without opening a window (no JavaFX toolkit starts). Messages follow the
 * system language, the report itself the workshop's.
 *
 * <p>Exit codes: 0 written; 1 the workshop file cannot be read or the report cannot be written
 * (missing, damaged or newer file, existing output without {@code --force}, folder missing or not
 * writable, disk full); 2 the command line is wrong (unknown option or format, missing value).
 */
public final class ReportCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "report";

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private ReportCommand() {
    }

    /** What the command line asked for. */
    record Request(Path input, ReportFormat format, Path output, boolean force, boolean help) {
    }

    /** A wrong command line: the message key and its argument. */
    static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final String argument;

        Usage(String messageKey, String argument) {
            super(messageKey + ": " + argument);
            this.messageKey = messageKey;
            this.argument = argument;
        }
    }

    /**
     * Runs the command with the arguments after {@code report}, writing one line to {@code out}
     * on success or to {@code err} on failure, and returns the exit code.
     */
    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        // PDFBox touches java.awt.geom; on a server without a display that must not try to open one.
        System.setProperty("java.awt.headless", "true");
        I18n i18n = I18n.of(Language.fromCode(Locale.getDefault().getLanguage()));
        Request request;
        try {
            request = parse(arguments);
        } catch (Usage wrong) {
            err.println(i18n.t(wrong.messageKey, wrong.argument));
            err.println(i18n.t("report.cli.usage"));
            return USAGE;
        }
        if (request.help()) {
            out.println(i18n.t("report.cli.usage"));
            return OK;
        }
        if (!Files.isRegularFile(request.input())) {
            err.println(i18n.t("report.cli.inputMissing", request.input().toString()));
            return FAILED;
        }
        Workshop workshop;
        try {
            workshop = new RoyaalFile(Version.current()).read(request.input());
        } catch (RoyaalFileException unreadable) {
            err.println(i18n.t("report.cli.inputFailed", request.input().toString(),
                    i18n.t(unreadable.messageKey(), unreadable.arguments())));
            return FAILED;
        }
        try {
            Path written = new ReportService().write(workshop, request.format(), request.output(), request.force(),
                    share -> { });
            out.println(i18n.t("report.cli.written", written.toString()));
            return OK;
        } catch (ReportException failed) {
            String message = i18n.t(failed.messageKey(), failed.arguments());
            if (failed.problem() == ReportException.Problem.EXISTS) {
                message = message + " " + i18n.t("report.cli.useForce");
            }
            err.println(message);
            return FAILED;
        } catch (DomainException invalid) {
            err.println(i18n.message(invalid));
            return FAILED;
        }
    }

    static Request parse(List<String> arguments) {
        Path input = null;
        ReportFormat format = null;
        Path output = null;
        boolean force = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String option = argument.contains("=") && argument.startsWith("--")
                    ? argument.substring(0, argument.indexOf('=')) : argument;
            String inline = option.equals(argument) ? null : argument.substring(argument.indexOf('=') + 1);
            switch (option) {
                case "-h", "--help" -> {
                    return new Request(null, null, null, false, true);
                }
                case "--force", "-f" -> force = true;
                case "--format" -> {
                    String name = inline != null ? inline : valueAfter(arguments, i++);
                    format = ReportFormat.fromName(name)
                            .orElseThrow(() -> new Usage("report.cli.unknownFormat", name));
                }
                case "-o", "--output" -> output = path(inline != null ? inline : valueAfter(arguments, i++));
                default -> {
                    if (argument.startsWith("-") && argument.length() > 1) {
                        throw new Usage("cli.error.unknownOption", argument);
                    }
                    if (input != null) {
                        throw new Usage("report.cli.oneFile", argument);
                    }
                    input = path(argument);
                }
            }
        }
        if (input == null) {
            throw new Usage("report.cli.missingInput", NAME);
        }
        if (output == null) {
            throw new Usage("cli.error.missingValue", "-o");
        }
        if (format == null) {
            format = fromExtension(output).orElseThrow(() -> new Usage("cli.error.missingValue", "--format"));
        }
        return new Request(input, format, output, force, false);
    }

    /** Without {@code --format}, the output's extension decides: .pdf, .xlsx, or .zip/.csv for the CSV archive. */
    private static Optional<ReportFormat> fromExtension(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(ReportFormat.PDF);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(ReportFormat.XLSX);
        }
        if (name.endsWith(".zip") || name.endsWith(".csv")) {
            return Optional.of(ReportFormat.CSV);
        }
        return Optional.empty();
    }

    private static String valueAfter(List<String> arguments, int optionIndex) {
        if (optionIndex + 1 >= arguments.size() || arguments.get(optionIndex + 1).startsWith("--")) {
            throw new Usage("cli.error.missingValue", arguments.get(optionIndex));
        }
        return arguments.get(optionIndex + 1);
    }

    private static Path path(String value) {
        if (value.isBlank()) {
            throw new Usage("cli.error.invalidPath", value);
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException invalid) {
            throw new Usage("cli.error.invalidPath", value);
        }
    }
}
