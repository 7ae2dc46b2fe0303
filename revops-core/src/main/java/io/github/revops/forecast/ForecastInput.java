package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.Checks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records forecast accuracy and quota attainment read: forecast submissions, deals (the won ones are the
 * actuals), quotas, and an optional roll-up of deal owners to the names they report to.
 *
 * <p>A forecast of a submitter is set against the won bookings of the submitter and of every owner who rolls up to
 * it: with {@code rep -> manager} (and {@code manager -> director}, to any depth) a manager's forecast or quota is
 * set against the bookings of the manager and everyone below. Every metric of the family takes this input, a period
 * and its own choices ({@link ForecastAccuracy}, {@link ForecastSnapshot}, {@link AccuracyByWeek},
 * {@link QuotaAttainment}); docs/decisions/0113 explains the shape.
 * <pre>{@code
 * ForecastInput input = ForecastInput.of(submissions, deals)
 *         .withRollUp(Map.of("Ana", "Maria"))          // Ana's deals also count for her manager Maria
 *         .withQuotas(quotas);
 * ForecastAccuracy.of(input, Period.quarter(2026, 1), ForecastCategory.COMMIT, LocalDate.of(2026, 3, 31));
 * }</pre>
 *
 * @param submissions  the forecast submissions, ids unique, not null
 * @param deals  the deals, ids unique, not null
 * @param quotas  the quotas, not null
 * @param rollUp  deal owner to the name its deals also count for, without a cycle, not null
 * @since 0.1.0
 */
public record ForecastInput(List<ForecastSubmission> submissions, List<Deal> deals, List<Quota> quotas,
                            Map<String, String> rollUp) {

    /**
     * Validates and copies the records.
     *
     * @param submissions  the forecast submissions, ids unique, not null
     * @param deals  the deals, ids unique, not null
     * @param quotas  the quotas, not null
     * @param rollUp  deal owner to the name its deals also count for, without a cycle, not null
     * @throws InvalidRecordException if two submissions or two deals share an id
     * @throws IllegalArgumentException if a roll-up name is blank, an owner rolls up to itself, or the roll-up has a
     *         cycle
     * @throws NullPointerException if a list, a record or a name is null
     */
    public ForecastInput {
        submissions = List.copyOf(Objects.requireNonNull(submissions, "submissions"));
        deals = List.copyOf(Objects.requireNonNull(deals, "deals"));
        quotas = List.copyOf(Objects.requireNonNull(quotas, "quotas"));
        Objects.requireNonNull(rollUp, "rollUp");
        UniqueIds.check(submissions, ForecastSubmission::id, "forecast");
        UniqueIds.check(deals, Deal::id, "deal");
        Map<String, String> copy = new HashMap<>();
        rollUp.forEach((owner, submitter) -> {
            Checks.notBlank("owner", owner);
            Checks.notBlank("submitter", submitter);
            if (owner.equals(submitter)) {
                throw new IllegalArgumentException("rollUp owner ('" + owner + "') must differ from its submitter");
            }
            copy.put(owner, submitter);
        });
        copy.keySet().forEach(owner -> WonBookings.chain(owner, copy));
        rollUp = Map.copyOf(copy);
    }

    /**
     * Obtains the input of forecast accuracy: submissions and the deals whose won amounts are the actuals.
     *
     * @param submissions  the submissions, ids unique, not null
     * @param deals  the deals, ids unique, not null
     * @return the input, without quotas or roll-up, never null
     * @throws InvalidRecordException if two submissions or two deals share an id
     */
    public static ForecastInput of(Collection<ForecastSubmission> submissions, Collection<Deal> deals) {
        return new ForecastInput(List.copyOf(submissions), List.copyOf(deals), List.of(), Map.of());
    }

    /**
     * Returns a copy with quotas, which {@link QuotaAttainment} sets against the won bookings.
     *
     * @param quotas  the quotas, not null
     * @return the input with these quotas, never null
     */
    public ForecastInput withQuotas(Collection<Quota> quotas) {
        return new ForecastInput(submissions, deals, List.copyOf(quotas), rollUp);
    }

    /**
     * Returns a copy with a roll-up: each owner's won deals also count for the name it maps to, and for every name
     * above that one.
     *
     * @param ownerToSubmitter  deal owner to the name its deals also count for, not null
     * @return the input with this roll-up, never null
     * @throws IllegalArgumentException if a name is blank, an owner maps to itself or the map has a cycle
     */
    public ForecastInput withRollUp(Map<String, String> ownerToSubmitter) {
        return new ForecastInput(submissions, deals, quotas, ownerToSubmitter);
    }
}
