package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.money.Money;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Maven CRM preset on the real {@code sales_pipeline.csv} (8,800 rows), checked against counts made without
 * revops.
 *
 * <p>Independent figures, from the data set's file:
 * <pre>
 * awk -F, 'NR&gt;1{c[$5]++} END{for(k in c) print k, c[k]}' sales_pipeline.csv
 *   Won 4238, Lost 2473, Engaging 1589, Prospecting 500
 * python3 (csv.DictReader):
 *   sum of close_value over Won rows                       = 10005534
 *   sum of (close_date - engage_date).days over Won + Lost = 322030
 *   Engaging rows with an empty account                    = 1088
 *   first Prospecting row                                   = line 8302
 * </pre>
 */
class MavenCrmRealDataTest {

    private static final Path FILE = Fixtures.resource("crm/sales_pipeline.csv");

    @Test
    void countsPerStatusEqualThePlainCount() {
        Map<DealStatus, Long> counts = new EnumMap<>(DealStatus.class);
        long[] cycleDays = {0};
        Money[] wonValue = {Money.zero(Money.currency("USD"))};
        long[] noAccount = {0};
        CsvImportSummary summary = DealCsv.mavenCrm().build().forEach(FILE, deal -> {
            counts.merge(deal.status(), 1L, Long::sum);
            if (!deal.isOpen()) {
                cycleDays[0] += deal.cycleDays();
            }
            if (deal.isWon()) {
                wonValue[0] = wonValue[0].plus(deal.amount());
            }
            if (deal.customerId().equals("(no account)")) {
                noAccount[0]++;
            }
        });

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                DealStatus.WON, 4238L, DealStatus.LOST, 2473L, DealStatus.OPEN, 1589L));
        assertThat(summary.rowsRead()).isEqualTo(8800);
        assertThat(summary.accepted()).isEqualTo(4238 + 2473 + 1589);
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.skipped()).hasSize(500)
                .allSatisfy(row -> assertThat(row.column()).isEqualTo("engage_date"));
        assertThat(summary.skipped().get(0).line()).isEqualTo(8302);
        assertThat(summary.describe()).isEqualTo("8,800 rows: 8,300 accepted, 500 skipped (engage_date is blank: row"
                + " skipped (MissingCreatedDate.SKIP)), 0 rejected");
        assertThat(summary).hasToString("sales_pipeline.csv: " + summary.describe());
        assertThat(cycleDays[0]).isEqualTo(322_030);
        assertThat(wonValue[0]).isEqualTo(Money.parse("USD 10005534.00"));
        assertThat(noAccount[0]).isEqualTo(1088);
    }

    @Test
    void rejectPolicy_strictStopsAtTheFirstProspectingRowAndLenientListsAll500() {
        assertThatThrownBy(() -> DealCsv.mavenCrm().whenCreatedDateMissing(MissingCreatedDate.REJECT).build()
                .readAll(FILE))
                .hasMessage("sales_pipeline.csv line 8302, column 'engage_date', value '': is blank (a deal needs a "
                        + "created date)");

        CsvImportResult<Deal> lenient = DealCsv.mavenCrm().whenCreatedDateMissing(MissingCreatedDate.REJECT)
                .lenient().build().readAll(FILE);
        assertThat(lenient.records()).hasSize(8300);
        assertThat(lenient.rejected()).hasSize(500);
        assertThat(lenient.summary().skipped()).isEmpty();
        // 500 rejected rows: the text names three of them and counts the rest
        assertThat(lenient.summary().describe()).isEqualTo("8,800 rows: 8,300 accepted, 0 skipped, 500 rejected (in"
                + " engage_date)");
        String row = "column 'engage_date', value '': is blank (a deal needs a created date)";
        assertThat(lenient.summary()).hasToString("sales_pipeline.csv: " + lenient.summary().describe() + "; first:"
                + " line 8302, " + row + "; line " + lenient.rejected().get(1).line() + ", " + row + "; line "
                + lenient.rejected().get(2).line() + ", " + row + "; and 497 more");
    }
}
