package io.github.revops.domain;

/**
 * The known outcome of a deal.
 *
 * @since 0.1.0
 */
public enum DealStatus {
    /** Still in the pipeline; has no close date. */
    OPEN,
    /** Closed and won; has a close date. */
    WON,
    /** Closed and lost; has a close date. */
    LOST;

    /**
     * Checks if the deal is closed, won or lost.
     *
     * @return true for WON and LOST
     */
    public boolean isClosed() {
        return this != OPEN;
    }
}
