package nl.royaal.web;

/**
 * A request the phone server turns away before it reaches the service: a 4xx status and the
 * message key of the sentence the phone shows (in the workshop's language).
 */
final class HttpRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    HttpRefusal(int status, String messageKey, Object... arguments) {
        super(status + " " + messageKey, null, false, false); // no stack trace: it is an answer, not a fault
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }

    static HttpRefusal badRequest() {
        return new HttpRefusal(400, "phone.error.badRequest");
    }
}
