package io.github.revops.domain;

import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.time.LocalDate;

/**
 * A sales or marketing cost, as CAC and the magic number count it.
 *
 * <p>A cost is dated by the period it was incurred in; a cost of one day is {@link #of} with a date. Metrics
 * attribute a cost to the reporting period that contains the first day it was incurred: a cost that spans two
 * months should be entered as two costs.
 * <pre>{@code
 * Spend ads = Spend.of("SP-1", LocalDate.of(2026, 1, 15), Money.parse("USD 5000.00"),
 *         SpendCategory.MARKETING, "Paid search", true);
 * }</pre>
 *
 * @param id  the cost's id, unique among the costs of one computation, not blank
 * @param incurred  the period the cost was incurred in, not null
 * @param amount  the cost, not negative
 * @param category  sales or marketing, not null
 * @param channel  the acquisition channel it paid for, not blank
 * @param paid  true for paid acquisition (ads, sponsored placement), which paid CAC counts
 * @since 0.1.0
 */
public record Spend(String id, Period incurred, Money amount, SpendCategory category, String channel,
                    boolean paid) {

    /**
     * Creates the Spend, validating every component.
     *
     * @param id  the cost's id, unique among the costs of one computation, not blank
     * @param incurred  the period the cost was incurred in, not null
     * @param amount  the cost, not negative
     * @param category  sales or marketing, not null
     * @param channel  the acquisition channel it paid for, not blank
     * @param paid  true for paid acquisition (ads, sponsored placement), which paid CAC counts
     * @throws InvalidRecordException if a component is missing or breaks a rule of the record
     */
    public Spend {
        Validation v = Validation.of("spend", id);
        v.present("incurred", incurred);
        v.nonNegative("amount", amount);
        v.present("category", category);
        v.text("channel", channel);
    }

    /**
     * Obtains a cost incurred on one day.
     *
     * @param id  the id, not blank
     * @param date  the day, not null, before {@link LocalDate#MAX} (the day is a period, which must end)
     * @param amount  the cost, not negative
     * @param category  sales or marketing, not null
     * @param channel  the channel, not blank
     * @param paid  true for paid acquisition
     * @return the cost, never null
     * @throws InvalidRecordException if a field is invalid
     */
    public static Spend of(String id, LocalDate date, Money amount, SpendCategory category, String channel,
                           boolean paid) {
        Validation v = Validation.of("spend", id);
        v.present("date", date);
        if (date.equals(LocalDate.MAX)) {
            throw v.invalid("date", date, "must be before it: a day of spend ends on the next");
        }
        return new Spend(id, Period.day(date), amount, category, channel, paid);
    }

    /**
     * Returns the date the cost is attributed to: the first day it was incurred.
     *
     * @return the date, never null
     */
    public LocalDate date() {
        return incurred.start();
    }
}
