package nl.royaal.domain;

/** The two questions of the self-image check; their difference is the self-image gap. */
public enum SelfImageQuestion {
    /** "How customer-centric are we?" */
    OUR_VIEW,
    /** "What would our customers give us?" */
    CUSTOMER_VIEW
}
