package nl.royaal.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asked for: {@code --data-dir DIR}, {@code --open FILE}, {@code --help}.
 * Parsing is pure; the launcher decides what to print.
 *
 * @param dataDirectory {@code null} when not given
 * @param openFile      {@code null} when not given
 */
public record CommandLine(Path dataDirectory, Path openFile, boolean help) {

    /** The arguments could not be understood; the message key says why. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final String argument;

        UsageException(String messageKey, String argument) {
            super(messageKey + ": " + argument);
            this.messageKey = messageKey;
            this.argument = argument;
        }

        public String messageKey() {
            return messageKey;
        }

        public String argument() {
            return argument;
        }
    }

    public static CommandLine parse(List<String> arguments) {
        Path dataDirectory = null;
        Path openFile = null;
        boolean help = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--data-dir" -> dataDirectory = path(argument, valueAfter(arguments, i++));
                case "--open" -> openFile = path(argument, valueAfter(arguments, i++));
                case "-h", "--help" -> help = true;
                default -> {
                    if (argument.startsWith("--data-dir=")) {
                        dataDirectory = path("--data-dir", argument.substring("--data-dir=".length()));
                    } else if (argument.startsWith("--open=")) {
                        openFile = path("--open", argument.substring("--open=".length()));
                    } else if (!argument.startsWith("-") && openFile == null) {
                        // A file handed over by the desktop ("open with Royaal") arrives bare.
                        openFile = path("--open", argument);
                    } else {
                        throw new UsageException("cli.error.unknownOption", argument);
                    }
                }
            }
        }
        return new CommandLine(dataDirectory, openFile, help);
    }

    private static String valueAfter(List<String> arguments, int optionIndex) {
        if (optionIndex + 1 >= arguments.size() || arguments.get(optionIndex + 1).startsWith("--")) {
            throw new UsageException("cli.error.missingValue", arguments.get(optionIndex));
        }
        return arguments.get(optionIndex + 1);
    }

    private static Path path(String option, String value) {
        if (value.isBlank()) {
            throw new UsageException("cli.error.missingValue", option);
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException invalid) {
            throw new UsageException("cli.error.invalidPath", value);
        }
    }
}
