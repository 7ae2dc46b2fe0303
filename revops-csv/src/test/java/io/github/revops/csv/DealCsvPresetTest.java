package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.StageEntry;
import io.github.revops.money.Money;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each deal preset on a small fixture with the export's real header names, every field checked. */
class DealCsvPresetTest {

    @Test
    void salesforce_readsTheReportAndStopsAtTheFooter() {
        CsvImportResult<Deal> result = DealCsv.salesforce().defaultCurrency("USD").build()
                .readAll(Fixtures.resource("salesforce/opportunities.csv"));

        assertThat(result.summary()).isEqualTo(new CsvImportSummary("opportunities.csv", 4, 4, List.of(), List.of()));
        assertThat(result.records()).containsExactly(
                new Deal("0065g00000AbCdE", "Acme Corp", "Ana Silva", "Web", DealType.NEW_BUSINESS,
                        Money.parse("USD 12000.00"), LocalDate.of(2017, 1, 5), DealStatus.WON,
                        Optional.of(LocalDate.of(2017, 3, 1)), List.of(), Optional.empty(), Map.of()),
                new Deal("0065g00000AbCdF", "Globex", "Ben Okafor", "(none)", DealType.RENEWAL,
                        Money.parse("USD 8500.00"), LocalDate.of(2017, 2, 10), DealStatus.LOST,
                        Optional.of(LocalDate.of(2017, 4, 2)), List.of(), Optional.empty(), Map.of()),
                // open: the report's close date is the expected one and is not kept; a blank amount is 0
                new Deal("0065g00000AbCdG", "Initech", "Ana Silva", "Partner Referral", DealType.EXPANSION,
                        Money.parse("USD 0.00"), LocalDate.of(2017, 3, 3), DealStatus.OPEN, Optional.empty(),
                        List.of(), Optional.of(ForecastCategory.PIPELINE), Map.of()),
                new Deal("0065g00000AbCdH", "Umbrella", "Chen Wei", "Trade Show", DealType.NEW_BUSINESS,
                        Money.parse("USD 4250.50"), LocalDate.of(2017, 3, 15), DealStatus.OPEN, Optional.empty(),
                        List.of(), Optional.of(ForecastCategory.COMMIT), Map.of()));
    }

    @Test
    void salesforce_takesTheCurrencyColumnOfAMultiCurrencyOrg() {
        CsvImportResult<Deal> result = DealCsv.salesforce().defaultCurrency("USD").build().readAll(Fixtures.text(
                "\"Opportunity ID\",\"Account Name\",\"Opportunity Owner\",\"Amount Currency\",\"Amount\","
                        + "\"Created Date\",\"Close Date\",\"Stage\"",
                "\"006A\",\"Acme\",\"Ana\",\"EUR\",\"1,000.50\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\"",
                "\"006B\",\"Acme\",\"Ana\",\"JPY\",\"120000\",\"2017-01-05\",\"3/1/2017 4:30 PM\",\"Closed Lost\"",
                "\"006C\",\"Acme\",\"Ana\",\"\",\"10\",\"1/5/2017\",\"\",\"Prospecting\""), "multi.csv");

        assertThat(result.records()).extracting(Deal::amount).containsExactly(Money.parse("EUR 1000.50"),
                Money.parse("JPY 120000"), Money.parse("USD 10.00"));
        assertThat(result.records().get(1).closeDate()).contains(LocalDate.of(2017, 3, 1));
    }

    @Test
    void hubSpot_readsTheExportWithByteOrderMarkAndTimes() {
        CsvImportResult<Deal> result = DealCsv.hubSpot().defaultCurrency("USD").build()
                .readAll(Fixtures.resource("hubspot/deals.csv"));

        assertThat(result.summary().rowsRead()).isEqualTo(3);
        assertThat(result.records()).containsExactly(
                new Deal("9876543210", "Acme Corp", "Dana Lee", "(none)", DealType.EXPANSION,
                        Money.parse("USD 15000.00"), LocalDate.of(2024, 1, 8), DealStatus.WON,
                        Optional.of(LocalDate.of(2024, 2, 20)), List.of(), Optional.of(ForecastCategory.COMMIT),
                        Map.of("pipeline", "Sales Pipeline")),
                new Deal("9876543211", "Globex", "Sam Ortiz", "(none)", DealType.NEW_BUSINESS,
                        Money.parse("USD 7200.50"), LocalDate.of(2024, 1, 12), DealStatus.LOST,
                        Optional.of(LocalDate.of(2024, 3, 1)), List.of(), Optional.empty(),
                        Map.of("pipeline", "Sales Pipeline")),
                new Deal("9876543212", "(no company)", "(no owner)", "(none)", DealType.NEW_BUSINESS,
                        Money.parse("USD 0.00"), LocalDate.of(2024, 2, 1), DealStatus.OPEN, Optional.empty(),
                        List.of(), Optional.of(ForecastCategory.BEST_CASE), Map.of("pipeline", "Sales Pipeline")));
    }

    @Test
    void mavenCrm_skipsProspectingDealsWithoutDatesAndKeepsTheRest() {
        // the header and rows below are copied from sales_pipeline.csv
        CsvImportResult<Deal> result = DealCsv.mavenCrm().build().readAll(Fixtures.text(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054",
                "KWVA7VR1,Gladys Colclough,GTXPro,Genco Pura Olive Oil Company,Lost,2016-11-04,2017-03-18,0",
                "HAXMC4IX,James Ascencio,MG Advanced,,Engaging,2016-11-03,,",
                "6CWZFOHJ,Anna Snelling,GTX Basic,Green-Plus,Prospecting,,,"), "sales_pipeline.csv");

        assertThat(result.records()).containsExactly(
                new Deal("1C1I7A6R", "Cancity", "Moses Frase", "(none)", DealType.NEW_BUSINESS,
                        Money.parse("USD 1054.00"), LocalDate.of(2016, 10, 20), DealStatus.WON,
                        Optional.of(LocalDate.of(2017, 3, 1)),
                        List.of(StageEntry.of("Engaging", LocalDate.of(2016, 10, 20)),
                                StageEntry.of("Won", LocalDate.of(2017, 3, 1))),
                        Optional.empty(), Map.of("product", "GTX Plus Basic")),
                new Deal("KWVA7VR1", "Genco Pura Olive Oil Company", "Gladys Colclough", "(none)",
                        DealType.NEW_BUSINESS, Money.parse("USD 0.00"), LocalDate.of(2016, 11, 4), DealStatus.LOST,
                        Optional.of(LocalDate.of(2017, 3, 18)),
                        List.of(StageEntry.of("Engaging", LocalDate.of(2016, 11, 4)),
                                StageEntry.of("Lost", LocalDate.of(2017, 3, 18))),
                        Optional.empty(), Map.of("product", "GTXPro")),
                new Deal("HAXMC4IX", "(no account)", "James Ascencio", "(none)", DealType.NEW_BUSINESS,
                        Money.parse("USD 0.00"), LocalDate.of(2016, 11, 3), DealStatus.OPEN, Optional.empty(),
                        List.of(StageEntry.of("Engaging", LocalDate.of(2016, 11, 3))),
                        Optional.empty(), Map.of("product", "MG Advanced")));
        assertThat(result.summary().skipped()).containsExactly(new RejectedRow(5, "engage_date", "",
                "is blank: row skipped (MissingCreatedDate.SKIP)"));
        assertThat(result.summary().rowsRead()).isEqualTo(4);
    }

    @Test
    void mavenCrm_withAFallbackDateKeepsProspectingDeals() {
        CsvImportResult<Deal> result = DealCsv.mavenCrm()
                .whenCreatedDateMissing(MissingCreatedDate.USE_FALLBACK)
                .createdDateFallback(LocalDate.of(2017, 12, 31))
                .build().readAll(Fixtures.text(
                        "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                        "3LCLVRVV,Anna Snelling,GTX Basic,,Prospecting,,,"), "sales_pipeline.csv");

        assertThat(result.records()).containsExactly(new Deal("3LCLVRVV", "(no account)", "Anna Snelling",
                "(none)", DealType.NEW_BUSINESS, Money.parse("USD 0.00"), LocalDate.of(2017, 12, 31),
                DealStatus.OPEN, Optional.empty(), List.of(), Optional.empty(), Map.of("product", "GTX Basic")));
    }

    @Test
    void labelsMatchIgnoringCaseAndLaterMappingsWin() {
        CsvReader<Deal> reader = DealCsv.hubSpot().defaultCurrency("USD")
                .type("existing business", DealType.RENEWAL)
                .status("Discovery", DealStatus.OPEN)
                .build();

        CsvImportResult<Deal> result = reader.readAll(Fixtures.text(
                "Record ID,Deal Stage,Amount,Create Date,Close Date,Deal owner,Deal Type",
                "1,CLOSED WON,10,2024-01-08,2024-01-09,Dana,Existing Business",
                "2,discovery,10,2024-01-08,,Dana,new business"), "deals.csv");

        assertThat(result.records()).extracting(Deal::status, Deal::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DealStatus.WON, DealType.RENEWAL),
                org.assertj.core.groups.Tuple.tuple(DealStatus.OPEN, DealType.NEW_BUSINESS));
    }
}
