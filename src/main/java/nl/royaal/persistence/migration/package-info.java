/**
 * Holds the Flyway SQL migrations as resources ({@code V1__...sql}). The package is opened in
 * module-info so Flyway can read them when Royaal runs from the module path.
 */
package nl.royaal.persistence.migration;
