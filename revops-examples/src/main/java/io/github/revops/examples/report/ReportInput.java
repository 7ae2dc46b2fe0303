package io.github.revops.examples.report;

import io.github.revops.csv.CsvImportResult;
import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;

import java.util.Objects;
import java.util.Optional;

/**
 * What the report was given, read: the deals (with their import summary and the agents' offices) and the
 * subscriptions (with theirs); each part is absent when the report was not asked for it.
 *
 * @param deals  the deals read, or empty
 * @param teams  the sales agents' offices, or empty
 * @param subscriptions  the subscriptions read, or empty
 */
public record ReportInput(Optional<CsvImportResult<Deal>> deals, Optional<SalesTeams> teams,
                          Optional<CsvImportResult<Subscription>> subscriptions) {

    /**
     * Checks the components.
     *
     * @param deals  the deals read, or empty
     * @param teams  the sales agents' offices, or empty
     * @param subscriptions  the subscriptions read, or empty
     */
    public ReportInput {
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(subscriptions, "subscriptions");
    }
}
