package io.github.revops.csv;

/**
 * The number of examples a property suite tries: its own, or fewer when the system property {@code QT_EXAMPLES}
 * (QuickTheories' own, which sets the count of suites that name none) asks for fewer. PIT runs the suites with a
 * small count (docs/testing.md, "Byte parser, round 2"); the build runs them with their own.
 */
final class QtExamples {

    private QtExamples() {
    }

    /**
     * Returns a suite's example count, capped by {@code QT_EXAMPLES} when it is set.
     *
     * @param own  the suite's count, at least 1
     * @return {@code own}, or {@code QT_EXAMPLES} if that is smaller, at least 1
     */
    static int atMost(int own) {
        Integer cap = Integer.getInteger("QT_EXAMPLES");
        return cap == null ? own : Math.max(1, Math.min(own, cap));
    }
}
