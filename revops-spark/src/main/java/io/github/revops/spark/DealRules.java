package io.github.revops.spark;

import io.github.revops.domain.DealStatus;
import io.github.revops.money.Money;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The column expressions of a deal frame's fields and of the rules of a deal (those of the core's {@code Deal}
 * that the pipeline metrics rely on), for {@link PipelineFrame}.
 */
final class DealRules {

    private final PipelineColumns columns;
    private final Column amount;
    private final boolean decimal;
    private final List<Column> conditions = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    DealRules(PipelineColumns columns, DataType amountType, String keyColumn) {
        this.columns = columns;
        this.amount = col(columns.amount());
        this.decimal = amountType instanceof DecimalType;
        Column created = col(columns.created());
        Column closed = closeDate();
        rule(created.isNull(), "createdDate (null) is required");
        rule(isAny().isNull().or(isAny().equalTo(false)),
                "status is not one of the mapped labels " + columns.labels(DealStatus.OPEN)
                        + columns.labels(DealStatus.WON) + columns.labels(DealStatus.LOST));
        rule(amount.isNull(), "amount (null) is required");
        rule(amount.lt(0), "amount must not be negative");
        columns.currencyColumn().ifPresent(c -> rule(col(c).isNull(), "currency (null) is required"));
        rule(exactMinor().isNull(), "amount is not a whole number of the currency's minor units");
        if (decimal) {
            rule(exactMinor().notEqual(floor(exactMinor())),
                    "amount is not a whole number of the currency's minor units");
        }
        rule(is(DealStatus.OPEN).and(closed.isNotNull()), "closeDate must be empty for an OPEN deal");
        rule(is(DealStatus.OPEN).equalTo(false).and(closed.isNull()),
                "closeDate (null) is required for a WON or LOST deal");
        rule(closed.lt(created), "closeDate must not be before createdDate");
        if (keyColumn != null) {
            rule(col(keyColumn).isNull(), "the key column " + keyColumn + " is null");
        }
    }

    private void rule(Column broken, String reason) {
        conditions.add(broken);
        reasons.add(reason);
    }

    /** The close date, or a null date for every row when no column holds one. */
    Column closeDate() {
        return columns.closeDate().map(c -> col(c)).orElse(lit(null).cast(DataTypes.DateType));
    }

    /** Whether a row's status label is one of a status's labels. */
    Column is(DealStatus status) {
        List<String> labels = columns.labels(status);
        return labels.isEmpty() ? lit(false) : col(columns.status()).isin(labels.toArray());
    }

    private Column isAny() {
        return is(DealStatus.OPEN).or(is(DealStatus.WON)).or(is(DealStatus.LOST));
    }

    /** The currency code of a row. */
    Column currencyCode() {
        return columns.currency().map(c -> lit(c)).orElseGet(() -> col(columns.currencyColumn().orElseThrow()));
    }

    /** The amount in minor units as a whole number (a decimal for a decimal column), null for an unknown currency. */
    private Column exactMinor() {
        if (columns.amountUnit() == AmountUnit.MINOR) {
            return amount;
        }
        if (columns.currency().isPresent()) {
            return amount.multiply(lit(scale(Money.currency(columns.currency().get()).getDefaultFractionDigits())));
        }
        Map<Integer, List<String>> codesByDigits = new TreeMap<>();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            if (currency.getDefaultFractionDigits() >= 0) {
                codesByDigits.computeIfAbsent(currency.getDefaultFractionDigits(), d -> new ArrayList<>())
                        .add(currency.getCurrencyCode());
            }
        }
        Column code = col(columns.currencyColumn().orElseThrow());
        Column factor = null;
        for (Map.Entry<Integer, List<String>> e : codesByDigits.entrySet()) {
            Column match = code.isin(e.getValue().toArray());
            factor = factor == null ? when(match, lit(scale(e.getKey()))) : factor.when(match, lit(scale(e.getKey())));
        }
        return amount.multiply(factor);
    }

    private static long scale(int digits) {
        long factor = 1;
        for (int i = 0; i < digits; i++) {
            factor = Math.multiplyExact(factor, 10L);
        }
        return factor;
    }

    /** The amount in minor units, a long. */
    Column minorUnits() {
        return exactMinor().cast(DataTypes.LongType);
    }

    /** Whether a row breaks a rule. */
    Column broken() {
        Column any = conditions.get(0);
        for (int i = 1; i < conditions.size(); i++) {
            any = any.or(conditions.get(i));
        }
        return any;
    }

    /** The first rule a row breaks, null if none. */
    Column reason() {
        Column reason = when(conditions.get(0), lit(reasons.get(0)));
        for (int i = 1; i < conditions.size(); i++) {
            reason = reason.when(conditions.get(i), lit(reasons.get(i)));
        }
        return reason;
    }
}
