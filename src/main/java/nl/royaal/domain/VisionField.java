package nl.royaal.domain;

/** The fields of the dream-service vision canvas (PRODUCT.md section 3, step 4). */
public enum VisionField {
    IDEAL_CUSTOMER,
    EXPERIENCE_SENTENCE,
    ALL_IN_ON,
    NOT_DOING,
    PROMISE
}
