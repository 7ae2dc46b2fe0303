package io.github.revops.domain;

import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.time.LocalDate;

/**
 * A forecast a rep or manager submitted: how much they expect to win in a period, in one forecast category.
 *
 * <p>Submitters revise their forecast through the quarter; forecast accuracy scores the latest submission made on
 * or before an as-of date (docs/metrics.md#forecast-accuracy).
 * <pre>{@code
 * ForecastSubmission f = new ForecastSubmission("F-1", "Ana", Period.quarter(2026, 1),
 *         LocalDate.of(2026, 2, 10), ForecastCategory.COMMIT, Money.parse("USD 250000.00"));
 * }</pre>
 *
 * @param id  the submission's id, unique among the submissions of one computation, not blank
 * @param submitter  who submitted it (matched against deal owners), not blank
 * @param period  the period forecast, not null
 * @param submittedDate  the day it was submitted, not null
 * @param category  commit, best case or pipeline, not null
 * @param amount  the forecast amount, not negative
 * @since 0.1.0
 */
public record ForecastSubmission(String id, String submitter, Period period, LocalDate submittedDate,
                                 ForecastCategory category, Money amount) {

    /**
     * Creates the ForecastSubmission, validating every component.
     *
     * @param id  the submission's id, unique among the submissions of one computation, not blank
     * @param submitter  who submitted it (matched against deal owners), not blank
     * @param period  the period forecast, not null
     * @param submittedDate  the day it was submitted, not null
     * @param category  commit, best case or pipeline, not null
     * @param amount  the forecast amount, not negative
     * @throws InvalidRecordException if a component is missing or breaks a rule of the record
     */
    public ForecastSubmission {
        Validation v = Validation.of("forecast", id);
        v.text("submitter", submitter);
        v.present("period", period);
        v.present("submittedDate", submittedDate);
        v.present("category", category);
        v.nonNegative("amount", amount);
    }
}
