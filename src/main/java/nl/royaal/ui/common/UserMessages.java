package nl.royaal.ui.common;

import nl.royaal.domain.DomainException;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.persistence.file.RoyaalFileException;
import nl.royaal.service.ReportException;

/** Turns any failure into one sentence in the user's language; nothing technical reaches a projector. */
public final class UserMessages {

    private static final System.Logger LOG = System.getLogger(UserMessages.class.getName());

    private final I18n i18n;

    public UserMessages(I18n i18n) {
        this.i18n = i18n;
    }

    public String describe(Throwable failure) {
        return switch (failure) {
            case DomainException domain -> i18n.message(domain);
            case RoyaalFileException file -> describeFile(file);
            case ReportException report -> i18n.t(report.messageKey(), report.arguments());
            case StorageException storage -> i18n.t("storage.error." + storage.reason().name().toLowerCase(java.util.Locale.ROOT));
            default -> {
                LOG.log(System.Logger.Level.ERROR, "Unexpected failure", failure);
                yield i18n.t("error.unexpected", String.valueOf(failure.getMessage()));
            }
        };
    }

    /** The file's problem, then on the next line the rule it broke, when known. */
    private String describeFile(RoyaalFileException problem) {
        String main = i18n.t(problem.messageKey(), problem.arguments());
        return problem.detailKey()
                .map(detail -> main + "\n" + i18n.t(detail, problem.detailArguments()))
                .orElse(main);
    }
}
