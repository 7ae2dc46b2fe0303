package io.github.revops.contract;

import io.github.revops.domain.DealStatus;
import io.github.revops.jdbc.DealColumns;
import io.github.revops.jdbc.ForecastColumns;
import io.github.revops.jdbc.JdbcImportResult;
import io.github.revops.jdbc.JdbcImportSummary;
import io.github.revops.jdbc.RejectedRow;
import io.github.revops.jdbc.SpendColumns;
import io.github.revops.jdbc.SqlSource;
import io.github.revops.jdbc.SubscriptionColumns;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The null contract of revops-jdbc (docs/decisions/0104-parameters-are-never-null.md): every public constructor and
 * method of the covered packages rejects a null argument with a {@code NullPointerException} whose message names
 * the parameter, before it touches the database: the sample connection, data source and result set refuse every
 * call, so a call that reads before it checks its arguments fails the test.
 */
class JdbcNullContractTest extends NullContractChecks {

    /** The packages checked, one a line. */
    private static final List<String> COVERED = List.of(
            "io.github.revops.jdbc");

    /** Exported packages, or types of covered ones, not checked yet: none. */
    private static final Set<String> IN_FLUX = Set.of();

    JdbcNullContractTest() {
        super(new NullContract(SqlSource.class, COVERED, IN_FLUX, samples(), Map.of(),
                        NullArgumentCheck.OtherForm.NONE),
                76, 91, List.of("io.github.revops.jdbc.SqlSource", "io.github.revops.jdbc.DealColumns$Builder"),
                List.of("io.github.revops.jdbc.RecordColumns", "io.github.revops.jdbc.ColumnsBuilder"));
    }

    private static Samples samples() {
        JdbcImportSummary summary = new JdbcImportSummary("query", 0, 0, List.of(), 0);
        return new Samples()
                .put(DataSource.class, () -> unusable(DataSource.class))
                .put(Connection.class, () -> unusable(Connection.class))
                .put(ResultSet.class, () -> unusable(ResultSet.class))
                .put(Object[].class, () -> new Object[] {1})
                .put(Consumer.class, () -> x -> { })
                .put(SqlSource.class, () -> SqlSource.query(unusable(Connection.class), "SELECT 1"))
                .put(DealColumns.Builder.class, JdbcNullContractTest::deals)
                .put(DealColumns.class, () -> deals().build())
                .put(SpendColumns.Builder.class, () -> SpendColumns.builder().id("id").date("day").amount("cents")
                        .currency("USD").category("category").channel("channel").paid("paid"))
                .put(SpendColumns.class, () -> SpendColumns.builder().id("id").date("day").amount("cents")
                        .currency("USD").category("category").channel("channel").paid("paid").build())
                .put(ForecastColumns.Builder.class, JdbcNullContractTest::forecasts)
                .put(ForecastColumns.class, () -> forecasts().build())
                .put(SubscriptionColumns.Builder.class, JdbcNullContractTest::subscriptions)
                .put(SubscriptionColumns.class, () -> subscriptions().build())
                .put(JdbcImportSummary.class, () -> summary)
                .put(JdbcImportResult.class, () -> new JdbcImportResult<>(List.of(), summary))
                .put(RejectedRow.class, () -> new RejectedRow(2, "amount", Optional.of("x"), "not an amount"));
    }

    private static DealColumns.Builder deals() {
        return DealColumns.builder().id("id").customer("account").owner("rep").source("channel").amount("amount")
                .currency("USD").created("created").closeDate("closed").status("stage")
                .statusLabel("Won", DealStatus.WON);
    }

    private static ForecastColumns.Builder forecasts() {
        return ForecastColumns.builder().id("id").submitter("rep").periodStart("q_start").periodEnd("q_end")
                .submitted("submitted").category("category").amount("amount").currency("USD");
    }

    private static SubscriptionColumns.Builder subscriptions() {
        return SubscriptionColumns.builder().id("id").customer("account").amount("amount").currency("USD")
                .interval("billing").start("start_date").end("end_date");
    }

    /** A JDBC object that refuses every call but those of {@code Object}. */
    private static <T> T unusable(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "toString" -> type.getSimpleName() + " (unusable)";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName() + " on an unusable "
                            + type.getSimpleName());
                }));
    }
}
