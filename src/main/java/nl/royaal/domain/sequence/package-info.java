/**
 * Peak-end sequencing (PRODUCT.md §1 "Peak-end", §4 "The models"): an ordered {@link
 * nl.royaal.domain.sequence.Sequence} of scored items with pins and "A before B" rules, the
 * {@link nl.royaal.domain.sequence.MemoryModel memory models} that predict what people remember of
 * it, the {@link nl.royaal.domain.sequence.SequenceMeasures measures} of its curve, and the {@link
 * nl.royaal.domain.sequence.Sequencer} that suggests an order ending on a peak, with a reason for
 * every move. Pure Java: the screen and the report build on it. Formulas and algorithms are
 * documented in {@code docs/models.md}.
 *
 * <p>Positions in this API are 0-based (as in {@link java.util.List}); the message arguments that
 * name a position ("plek 3") are 1-based, as people count.
 */
package nl.royaal.domain.sequence;
