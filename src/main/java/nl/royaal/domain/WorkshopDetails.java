package nl.royaal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the cover of the report says about a workshop. Constructing one validates it, so a
 * workshop can never hold an empty or 10,000-character title.
 *
 * @param clientOrganisation may be empty while preparing
 * @param facilitator may be empty while preparing
 */
public record WorkshopDetails(
        String title, String clientOrganisation, LocalDate date, String facilitator, Language language) {

    public WorkshopDetails {
        title = TextRules.required(title, "field.title", TextRules.MAX_NAME_LENGTH);
        clientOrganisation = TextRules.optional(clientOrganisation, "field.client", TextRules.MAX_NAME_LENGTH);
        facilitator = TextRules.optional(facilitator, "field.facilitator", TextRules.MAX_NAME_LENGTH);
        Objects.requireNonNull(date, "date");
        language = language == null ? Language.DEFAULT : language;
    }

    public WorkshopDetails withTitle(String newTitle) {
        return new WorkshopDetails(newTitle, clientOrganisation, date, facilitator, language);
    }

    public WorkshopDetails withDate(LocalDate newDate) {
        return new WorkshopDetails(title, clientOrganisation, newDate, facilitator, language);
    }
}
