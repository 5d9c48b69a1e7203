/** The {@code .royaal} workshop file (versioned JSON) and the workshop templates. */
package nl.royaal.persistence.file;
