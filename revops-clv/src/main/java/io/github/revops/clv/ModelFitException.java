package io.github.revops.clv;

/**
 * Thrown when a model cannot be fitted: the optimiser did not converge, the likelihood was not finite, or the data do
 * not identify the model (a degenerate sample, a parameter running off to zero or infinity, or a likelihood that
 * barely changes when the parameters move a factor of 1000; docs/decisions/0045). The message says which.
 *
 * @since 0.1.0
 */
public final class ModelFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The model's name. */
    private final String model;

    /**
     * Creates the exception.
     *
     * @param model  the model's name, such as "BG/NBD", not null
     * @param problem  what went wrong, not null
     * @since 0.1.0
     */
    public ModelFitException(String model, String problem) {
        super(model + " fit failed: " + problem);
        this.model = model;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param model  the model's name, such as "BG/NBD", not null
     * @param problem  what went wrong, not null
     * @param cause  the optimiser's exception, not null
     * @since 0.1.0
     */
    public ModelFitException(String model, String problem, Throwable cause) {
        super(model + " fit failed: " + problem, cause);
        this.model = model;
    }

    /**
     * Returns the name of the model that could not be fitted.
     *
     * @return the model's name, never null
     * @since 0.1.0
     */
    public String model() {
        return model;
    }
}
