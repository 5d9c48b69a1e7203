/** The H2 implementation of the repositories: one embedded file database in the user's data directory. */
package nl.royaal.persistence.h2;
