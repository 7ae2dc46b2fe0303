package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven CRM data set read back from a real database gives the figures the CSV path gives (revops-core's
 * CrmDataSetTest, whose comments give the python3 figures: win rate 4238/6711 in 2017, won cycle median 57 and mean
 * 109726/2119 days, velocity USD 45,750.76 a day), through records and through a table, and each agent's win rate
 * equals a plain count over the file's lines.
 */
abstract class CrmDataSetContract {

    private static final Period YEAR = Period.year(2017);

    /**
     * Reads the deals as records.
     *
     * @return the import
     */
    abstract JdbcImportResult<List<Deal>> records();

    /**
     * Reads the deals into a table.
     *
     * @return the import
     */
    abstract JdbcImportResult<DealTable> table();

    @Test
    void everyEngagedDealIsRead() {
        JdbcImportResult<List<Deal>> records = records();
        // 4,238 Won + 2,473 Lost + 1,589 Engaging; the 500 Prospecting rows have no created date (left out in SQL)
        assertThat(records.loaded()).hasSize(8_300);
        assertThat(records.summary().rowsRead()).isEqualTo(8_300);
        assertThat(records.rejected()).isEmpty();
        assertThat(table().loaded().size()).isEqualTo(8_300);
        // the first id in order; the file's line: 0000I7AO,Jonathan Berthelot,GTX Basic,Rangreen,Won,2017-04-05,
        // 2017-05-12,505
        assertThat(records.loaded().get(0)).isEqualTo(Deal.builder("0000I7AO").customer("Rangreen")
                .owner("Jonathan Berthelot").source("(none)").amount(Money.parse("USD 505.00"))
                .created(LocalDate.of(2017, 4, 5)).won(LocalDate.of(2017, 5, 12)).segment("product", "GTX Basic")
                .build());
    }

    @Test
    void winRate2017_isTheCsvPathsFigure() {
        assertThat(WinRate.of(records().loaded(), YEAR).byCount()).isEqualTo(Ratio.of(4238, 6711));
        assertThat(WinRate.of(table().loaded(), YEAR).byCount()).isEqualTo(Ratio.of(4238, 6711));
    }

    @Test
    void wonCycle2017_isTheCsvPathsFigure() {
        for (SalesCycle cycle : List.of(SalesCycle.of(records().loaded(), YEAR),
                SalesCycle.of(table().loaded(), YEAR))) {
            assertThat(cycle.median()).contains(Rational.of(57));
            assertThat(cycle.mean()).contains(Rational.of(109726, 2119));
        }
    }

    @Test
    void velocity2017_isTheCsvPathsFigure() {
        PipelineVelocity fromRecords = PipelineVelocity.of(records().loaded(), YEAR);
        assertThat(fromRecords.opportunities()).isEqualTo(1589);
        assertThat(fromRecords.value().orElseThrow().toMoney(RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 45750.76"));
        assertThat(PipelineVelocity.of(table().loaded(), YEAR)).isEqualTo(fromRecords);
    }

    @Test
    void winRatePerAgent_equalsAPlainCountOverTheFile() {
        Map<String, long[]> wonAndLost = new TreeMap<>();
        for (CrmData.Row row : CrmData.rows()) {
            if (!row.closeDate().isEmpty() && YEAR.contains(LocalDate.parse(row.closeDate()))) {
                wonAndLost.computeIfAbsent(row.agent(), a -> new long[2])[row.stage().equals("Won") ? 0 : 1]++;
            }
        }
        Breakdown<String, WinRate> fromRecords = WinRate.by(records().loaded(), YEAR, Deal::owner);
        DealTable table = table().loaded();
        Breakdown<String, WinRate> fromTable = WinRate.by(table, YEAR, table.owner());

        assertThat(fromRecords.groups()).hasSize(30);
        wonAndLost.forEach((agent, counts) -> {
            Ratio expected = Ratio.of(counts[0], counts[0] + counts[1]);
            assertThat(fromRecords.get(agent).orElseThrow().byCount()).as(agent).isEqualTo(expected);
            assertThat(fromTable.get(agent).orElseThrow().byCount()).as(agent).isEqualTo(expected);
        });
        assertThat(fromTable).isEqualTo(fromRecords);
    }

    /**
     * The table read without a record per row, its short texts (accounts, products) passed to the builder by code
     * and its long ones (agents' names) as Strings, is the table of the records: same dictionaries, codes and values.
     */
    @Test
    void theTableIsTheTableOfTheRecords() {
        DealTable table = table().loaded();
        DealTable ofRecords = DealTable.of(records().loaded());
        assertThat(table.segmentNames()).containsExactly("product");
        assertThat(table.segment("product").orElseThrow().values()).hasSize(7).contains("GTX Basic");
        assertThat(contents(table)).isEqualTo(contents(ofRecords));
    }

    private static List<Object> contents(DealTable table) {
        List<Object> out = new ArrayList<>(List.of(table.currency(), table.size(), table.customer().values(),
                table.owner().values(), table.source().values(), table.segmentNames(),
                table.segment("product").orElseThrow().values()));
        for (int i = 0; i < table.size(); i++) {
            out.add(List.of(table.customer().code(i), table.owner().code(i), table.source().code(i),
                    table.segment("product").orElseThrow().code(i), table.type(i), table.status(i),
                    table.createdDay(i), table.closeDay(i), table.amountMinor(i)));
        }
        return out;
    }
}
