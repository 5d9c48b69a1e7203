package nl.royaal.app;

import java.util.List;
import javafx.application.Application;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;

/** The entry point: reads the command line, then opens the console. */
public final class RoyaalLauncher {

    private RoyaalLauncher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ReportCommand.NAME.equals(args[0])) {
            // The report is written without a window: decided before anything of JavaFX is touched.
            int exitCode = ReportCommand.run(List.of(args).subList(1, args.length), System.out, System.err);
            System.out.flush();
            System.exit(exitCode);
            return;
        }
        // Command-line messages follow the system language; the app itself follows the settings.
        I18n i18n = I18n.of(Language.fromCode(java.util.Locale.getDefault().getLanguage()));
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(List.of(args));
        } catch (CommandLine.UsageException wrong) {
            System.err.println(i18n.t(wrong.messageKey(), wrong.argument()));
            System.err.println(i18n.t("cli.usage"));
            System.exit(2);
            return;
        }
        if (commandLine.help()) {
            System.out.println(i18n.t("cli.usage"));
            return;
        }
        Application.launch(RoyaalApp.class, args);
    }
}
