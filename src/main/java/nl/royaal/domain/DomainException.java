package nl.royaal.domain;

import java.util.Arrays;

/**
 * A rule of the workshop was broken by input (a title too long, a score of 11, ...).
 * Carries a message key and arguments, not a sentence: the user's language is the
 * view's business, not the domain's.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
