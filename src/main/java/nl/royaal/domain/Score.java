package nl.royaal.domain;

/**
 * A Dutch school grade (rapportcijfer): a whole number from 1 to 10, where 5.5 is a pass.
 * Participants give whole grades; means over participants are plain doubles.
 */
public record Score(int value) {

    public static final int MIN = 1;
    public static final int MAX = 10;

    public Score {
        if (value < MIN || value > MAX) {
            throw new DomainException("validation.score.range", value, MIN, MAX);
        }
    }

    public static Score of(int value) {
        return new Score(value);
    }

    /**
     * Reads a grade typed by a person ("7", " 8 "). Refuses "7.5", "zeven", "0" and "11"
     * with the same message a slider would never need.
     */
    public static Score parse(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        if (!trimmed.matches("\\d{1,2}")) {
            throw new DomainException("validation.score.notWhole", trimmed, MIN, MAX);
        }
        return new Score(Integer.parseInt(trimmed));
    }
}
