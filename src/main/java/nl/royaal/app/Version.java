package nl.royaal.app;

/** The version this build reports in written files ("Royaal 0.1.0"). */
final class Version {

    private Version() {
    }

    static String current() {
        return Version.class.getModule().getDescriptor() != null
                ? Version.class.getModule().getDescriptor().rawVersion().orElse("dev")
                : "dev";
    }
}
