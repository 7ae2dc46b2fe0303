package io.github.revops.json;

import java.util.Objects;

/**
 * Thrown when a JSON document is not a value of the type asked for: a property missing, unknown or of the wrong
 * type, a value the type refuses, or a figure that does not match the parts it is computed from. The message starts
 * with the path of the offending property, such as {@code $.closedWon.amount.currency}, and says what is wrong.
 *
 * @since 0.1.0
 */
public final class JsonReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The path of the property. */
    private final String path;
    /** What is wrong with it. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param path  the JSON path of the property, {@code $} for the document itself, not null
     * @param problem  what is wrong, not null
     * @param cause  the exception the type threw, or null
     */
    public JsonReadException(String path, String problem, Throwable cause) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.path = path;
        this.problem = problem;
    }

    /**
     * Returns the JSON path of the offending property, such as {@code $.stageHistory[2].entered}; {@code $} is the
     * document itself.
     *
     * @return the path, never null
     */
    public String path() {
        return path;
    }

    /**
     * Returns what is wrong with the property, without the path.
     *
     * @return the problem, never null
     */
    public String problem() {
        return problem;
    }
}
