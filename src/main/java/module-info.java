/** Royaal: run the workshop "Royale organisatie, loyale klanten" live. */
module nl.royaal {
    requires java.sql;
    requires com.h2database;
    requires flyway.core; // no module descriptor: the automatic name comes from the jar file name
    requires tools.jackson.databind;

    // Flyway reads the SQL migrations as resources of this module.
    opens nl.royaal.persistence.migration;
    // Jackson builds the file format's records by reflection.
    opens nl.royaal.persistence.file to tools.jackson.databind;
}
