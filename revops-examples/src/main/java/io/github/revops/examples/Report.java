package io.github.revops.examples;

import io.github.revops.money.Money;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Period;

/**
 * The revops metrics report (placeholder until the report on bundled data lands).
 */
public final class Report {

    private Report() {
    }

    /**
     * Prints the report.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        DayHistogram cycles = DayHistogram.of(10, 20, 30, 40);
        System.out.println("revops " + Period.quarter(2017, 3) + " " + Money.parse("USD 25.95")
                + " mean cycle " + cycles.mean().orElseThrow());
    }
}
