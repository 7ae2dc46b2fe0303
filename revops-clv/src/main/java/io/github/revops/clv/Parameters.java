package io.github.revops.clv;

/**
 * Argument checks for model parameters; messages name the parameter and the value.
 */
final class Parameters {

    private Parameters() {
    }

    /** The smallest model parameter (a shape or scale) the models accept. */
    static final double MIN_MODEL_PARAMETER = 1e-12;
    /** The largest model parameter the models accept; fits stay within e^25, about 7.2e10 (docs/decisions/0045). */
    static final double MAX_MODEL_PARAMETER = 1e12;

    /**
     * Checks a model parameter: from {@value #MIN_MODEL_PARAMETER} to {@value #MAX_MODEL_PARAMETER}, a range in
     * which every prediction is finite.
     */
    static void modelParameter(String name, double value) {
        if (!(value >= MIN_MODEL_PARAMETER && value <= MAX_MODEL_PARAMETER)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be from " + MIN_MODEL_PARAMETER + " to "
                    + MAX_MODEL_PARAMETER);
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be positive and finite");
        }
    }

    static void nonNegative(String name, double value) {
        if (!(value >= 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0 and finite");
        }
    }

    static void atMost(String name, long value, long maximum) {
        if (value > maximum) {
            throw new IllegalArgumentException(name + " (" + value + ") must be <= " + maximum);
        }
    }

    static void atLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= " + minimum);
        }
    }
}
