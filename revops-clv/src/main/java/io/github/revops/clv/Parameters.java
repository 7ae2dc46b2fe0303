package io.github.revops.clv;

/**
 * Argument checks for model parameters; messages name the parameter and the value.
 */
final class Parameters {

    private Parameters() {
    }

    static double positive(String name, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be positive and finite");
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0 and finite");
        }
        return value;
    }

    static long atLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= " + minimum);
        }
        return value;
    }
}
