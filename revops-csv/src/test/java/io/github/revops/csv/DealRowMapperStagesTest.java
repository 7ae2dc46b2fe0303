package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.StageEntry;
import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link DealRowMapper}: stage histories (stage-date columns, the closing stage added unless the last stage has its
 * label, refused when out of date order), the created-date policies, types and forecast categories, read by the
 * record reader and by the column reader (which checks the history's order without building it), against hand
 * figures.
 */
class DealRowMapperStagesTest {

    private static final String HEADER = "id,customer,owner,amount,created,closed,stage,type,forecast,d1,d2\n";
    private static final String ROWS = "A,Acme,Ann,10,2017-01-02,2017-02-01,Won,,Commit,2017-01-05,2017-01-10\n"
            + "B,Acme,Bob,10,2017-01-02,2017-02-01,Won,,,2017-01-10,2017-01-05\n"
            + "C,Acme,Cy,10,2017-01-02,2017-01-08,Won,,,,2017-01-10\n"
            + "D,Acme,Dee,10,2017-01-02,2017-01-08,proposal,Expansion,Omitted,,2017-01-10\n"
            + "E,Acme,Eve,10,2017-01-02,,Open,,Best_Case,2017-01-05,\n"
            + "F,Acme,Fay,10,,2017-02-01,Won,,,,\n"
            + ",Acme,Gus,10,2017-01-02,2017-02-01,Won,,,,\n"
            + "H,Acme,Hal,10,2017-01-02,2017-02-01,Won,,Maybe,,\n"
            + "I,Acme,Ivy,10,2017-01-02,2017-01-20,Won,Renewal,,2017-01-20,2017-01-20\n"
            + "J,Acme,Jo,10,2017-01-02,2017-01-04,Lost,,,2017-01-03,\n";

    @TempDir
    Path dir;

    private static DealCsv.Builder deals(MissingCreatedDate policy) {
        return DealCsv.builder().column(DealField.ID, "id").column(DealField.CUSTOMER, "customer")
                .column(DealField.OWNER, "owner").constant(DealField.SOURCE, "web")
                .column(DealField.AMOUNT, "amount").defaultCurrency("USD")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .column(DealField.STATUS, "stage").optionalColumn(DealField.TYPE, "type")
                .optionalColumn(DealField.FORECAST_CATEGORY, "forecast").noForecastCategory("Omitted")
                .status("Won", DealStatus.WON).status("Proposal", DealStatus.WON).status("Lost", DealStatus.LOST)
                .status("Open", DealStatus.OPEN).stageDate("Discovery", "d1").stageDate("Proposal", "d2")
                .closingStageInHistory(true).whenCreatedDateMissing(policy)
                .createdDateFallback(LocalDate.of(2016, 12, 1)).lenient();
    }

    @Test
    void stageHistoriesAndTheirRefusalsAsBothReadersReadThem() throws IOException {
        Path file = write("stages.csv", HEADER + ROWS);
        CsvImportResult<Deal> records = deals(MissingCreatedDate.REJECT).build().readAllWithCommonsCsv(file);

        assertThat(records.records()).extracting(Deal::id).containsExactly("A", "D", "E", "I", "J");
        Deal a = records.records().get(0);
        assertThat(a.stageHistory()).containsExactly(StageEntry.of("Discovery", date(5)),
                StageEntry.of("Proposal", date(10)), StageEntry.of("Won", LocalDate.of(2017, 2, 1)));
        assertThat(a.forecastCategory()).contains(ForecastCategory.COMMIT);
        Deal d = records.records().get(1);
        assertThat(d.stageHistory()).containsExactly(StageEntry.of("Proposal", date(10)));
        assertThat(d.type()).isEqualTo(DealType.EXPANSION);
        assertThat(d.forecastCategory()).isEmpty();
        Deal e = records.records().get(2);
        assertThat(e.stageHistory()).containsExactly(StageEntry.of("Discovery", date(5)));
        assertThat(e.forecastCategory()).contains(ForecastCategory.BEST_CASE);
        assertThat(e.closeDate()).isEmpty();
        Deal i = records.records().get(3);
        assertThat(i.stageHistory()).containsExactly(StageEntry.of("Discovery", date(20)),
                StageEntry.of("Proposal", date(20)), StageEntry.of("Won", date(20)));
        assertThat(i.type()).isEqualTo(DealType.RENEWAL);
        assertThat(records.records().get(4).stageHistory()).containsExactly(StageEntry.of("Discovery", date(3)),
                StageEntry.of("Lost", date(4)));

        assertThat(records.summary().rejected()).extracting(RejectedRow::line, RejectedRow::column)
                .containsExactly(tuple(3L, "stageHistory"), tuple(4L, "stageHistory"), tuple(7L, "created"),
                        tuple(8L, "id"), tuple(9L, "forecast"));
        assertThat(records.summary().rejected().get(2).reason()).isEqualTo("is blank (a deal needs a created date)");
        assertThat(records.summary().rejected().get(4).reason()).startsWith("unknown forecast category label");

        for (long chunk : new long[] {1, 100, 0}) {
            CsvTableResult<DealTable> table = deals(MissingCreatedDate.REJECT).buildTableReader().read(file, 2, chunk);
            assertThat(table.summary()).isEqualTo(records.summary());
            assertThat(TableOutcome.rows(table.table())).containsExactly(
                    "Acme|Ann|web|NEW_BUSINESS|WON|17168|17198|USD 10.00",
                    "Acme|Dee|web|EXPANSION|WON|17168|17174|USD 10.00",
                    "Acme|Eve|web|NEW_BUSINESS|OPEN|17168|" + DealTable.NO_CLOSE + "|USD 10.00",
                    "Acme|Ivy|web|RENEWAL|WON|17168|17186|USD 10.00",
                    "Acme|Jo|web|NEW_BUSINESS|LOST|17168|17170|USD 10.00");
        }
    }

    @Test
    void aBlankCreatedDateIsSkippedOrTakesTheFallbackAsAsked() throws IOException {
        Path file = write("stages.csv", HEADER + ROWS);

        CsvImportResult<Deal> skip = deals(MissingCreatedDate.SKIP).build().readAllWithCommonsCsv(file);
        assertThat(skip.summary().skipped()).containsExactly(
                new RejectedRow(7, "created", "", "is blank: row skipped (MissingCreatedDate.SKIP)"));
        CsvImportResult<Deal> fallback = deals(MissingCreatedDate.USE_FALLBACK).build().readAllWithCommonsCsv(file);
        assertThat(fallback.records()).extracting(Deal::id).containsExactly("A", "D", "E", "F", "I", "J");
        assertThat(fallback.records().get(3).createdDate()).isEqualTo(LocalDate.of(2016, 12, 1));
        for (long chunk : new long[] {1, 0}) {
            assertThat(deals(MissingCreatedDate.SKIP).buildTableReader().read(file, 2, chunk).summary())
                    .isEqualTo(skip.summary());
            CsvTableResult<DealTable> table = deals(MissingCreatedDate.USE_FALLBACK).buildTableReader()
                    .read(file, 2, chunk);
            assertThat(table.summary()).isEqualTo(fallback.summary());
            assertThat(table.table().createdDay(3)).isEqualTo((int) LocalDate.of(2016, 12, 1).toEpochDay());
            assertThat(table.table().owner().value(3)).isEqualTo(Optional.of("Fay"));
        }
    }

    private static LocalDate date(int januaryDay) {
        return LocalDate.of(2017, 1, januaryDay);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
