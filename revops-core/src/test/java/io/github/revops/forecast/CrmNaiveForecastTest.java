package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A naive forecast on the CRM data set (crm/sales_pipeline.csv, see SOURCE.md there): each month's won value is
 * forecast as the previous month's, scored over April to December 2017.
 *
 * <p>Independent figures, python3 with fractions.Fraction over the same CSV (csv.DictReader, sum of close_value of
 * the Won rows by close_date[:7], F = previous month, A = month):
 * monthly won 2017-03..12 = 1134672, 721932, 1025713, 1338466, 696932, 1050059, 1235264, 731980, 938943, 1131573;
 * MAPE = 0.3985001170899485, WAPE = 3112017 / 8870862 = 1037339/2956954 = 0.3508133707862889,
 * bias = 3099 / 8870862 = 1033/2956954 = 0.00034934598238592823. The test also recomputes them with a plain loop.
 */
class CrmNaiveForecastTest {

    private static final String USD = "USD";

    @Test
    void naiveMonthlyForecastScoresAsComputedIndependently() throws IOException {
        List<Deal> deals = readClosedDeals();
        assertThat(deals).hasSize(4238 + 2473);

        // Plain loop, independent of the library: won value (whole dollars) per close month.
        Map<YearMonth, Long> wonByMonth = new TreeMap<>();
        for (String[] row : readRows()) {
            if (row[4].equals("Won")) {
                wonByMonth.merge(YearMonth.parse(row[6].substring(0, 7)), Long.parseLong(row[7]), Long::sum);
            }
        }
        assertThat(wonByMonth.get(YearMonth.of(2017, 3))).isEqualTo(1_134_672L);
        assertThat(wonByMonth.get(YearMonth.of(2017, 12))).isEqualTo(1_131_573L);

        // Every agent rolls up to one submitter, "company", whose naive forecast for month m is month m - 1's value.
        Map<String, String> rollUp = new TreeMap<>();
        deals.forEach(d -> rollUp.put(d.owner(), "company"));
        List<ForecastSubmission> forecasts = new ArrayList<>();
        double apeSum = 0;
        long absErrors = 0;
        long errors = 0;
        long actuals = 0;
        for (int m = 4; m <= 12; m++) {
            YearMonth month = YearMonth.of(2017, m);
            long f = wonByMonth.get(month.minusMonths(1));
            long a = wonByMonth.get(month);
            apeSum += Math.abs(f - a) / (double) a;
            absErrors += Math.abs(f - a);
            errors += f - a;
            actuals += a;
            forecasts.add(new ForecastSubmission("naive-" + month, "company", Period.month(month),
                    month.atDay(1), ForecastCategory.COMMIT, Money.of(USD, BigDecimal.valueOf(f))));
        }
        ForecastAccuracy accuracy = ForecastAccuracy.of(ForecastInput.of(forecasts, deals).withRollUp(rollUp),
                Period.year(2017), ForecastCategory.COMMIT, LocalDate.of(2017, 12, 31));

        assertThat(accuracy.count()).isEqualTo(9);
        assertThat(accuracy.mape().value().orElseThrow()).isCloseTo(apeSum / 9, within(1e-12));
        assertThat(accuracy.mape().ratio().toBigDecimal(12, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("0.398500117090");
        assertThat(accuracy.wape().exactValue()).contains(Rational.of(absErrors, actuals));
        assertThat(accuracy.wape().exactValue()).contains(Rational.of(1_037_339, 2_956_954));
        assertThat(accuracy.bias().exactValue()).contains(Rational.of(errors, actuals));
        assertThat(accuracy.bias().exactValue()).contains(Rational.of(1_033, 2_956_954));
    }

    /** The WON and LOST rows as deals (engage date as created date; lost deals are recorded at 0). */
    private static List<Deal> readClosedDeals() throws IOException {
        List<Deal> deals = new ArrayList<>();
        for (String[] row : readRows()) {
            boolean won = row[4].equals("Won");
            if (!won && !row[4].equals("Lost")) {
                continue;
            }
            Deal.Builder b = Deal.builder(row[0]).customer(row[3]).owner(row[1]).source("crm")
                    .amount(Money.of(USD, new BigDecimal(row[7]))).created(LocalDate.parse(row[5]));
            LocalDate closed = LocalDate.parse(row[6]);
            deals.add((won ? b.won(closed) : b.lost(closed)).build());
        }
        return deals;
    }

    /** A tiny test-only reader: the file has a header row, commas and no quoting. */
    private static List<String[]> readRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CrmNaiveForecastTest.class.getResourceAsStream("/crm/sales_pipeline.csv"), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            assertThat(header).isEqualTo("opportunity_id,sales_agent,product,account,deal_stage,engage_date,"
                    + "close_date,close_value");
            String line;
            while ((line = in.readLine()) != null) {
                rows.add(line.split(",", -1));
            }
        }
        assertThat(rows).hasSize(8800);
        return rows;
    }
}
