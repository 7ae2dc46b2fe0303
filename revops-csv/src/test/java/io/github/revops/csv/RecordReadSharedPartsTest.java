package io.github.revops.csv;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.StageEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.github.revops.csv.DealField.AMOUNT;
import static io.github.revops.csv.DealField.CLOSE_DATE;
import static io.github.revops.csv.DealField.CREATED_DATE;
import static io.github.revops.csv.DealField.CUSTOMER;
import static io.github.revops.csv.DealField.ID;
import static io.github.revops.csv.DealField.OWNER;
import static io.github.revops.csv.DealField.SOURCE;
import static io.github.revops.csv.DealField.STATUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record reader's chunks share equal stage entries and keep dates by calendar position (docs/decisions/0057):
 * the deals equal the Commons CSV path's, with many dates, many stage columns and segments.
 */
class RecordReadSharedPartsTest {

    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);

    @TempDir
    Path dir;

    @Test
    void datesOverFortyYearsReadAsCommonsCsvReadsThem() throws IOException {
        // 6,000 rows, one new engage date each (16 years) and close dates up to 40 years later: slots are reused
        StringBuilder text = new StringBuilder(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n");
        for (int i = 0; i < 6000; i++) {
            LocalDate engaged = FIRST.plusDays(i);
            LocalDate closed = engaged.plusDays(i * 7L % 14_600);
            text.append("D").append(i).append(",Agent ").append(i % 7).append(",P").append(i % 3).append(",A,")
                    .append(i % 2 == 0 ? "Won," : "Lost,").append(engaged).append(',').append(closed).append(",10\n");
        }
        Path file = Files.writeString(dir.resolve("dates.csv"), text, StandardCharsets.UTF_8);
        CsvReader<Deal> reader = DealCsv.mavenCrm().build();

        List<Deal> chunks = reader.readAll(file, 1).records();
        assertThat(chunks).hasSize(6000).isEqualTo(reader.readAllWithCommonsCsv(file).records());
        assertThat(reader.readAll(file, 2, 4096).records()).isEqualTo(chunks);
        Deal last = chunks.get(5999);
        assertThat(last.createdDate()).isEqualTo(LocalDate.of(2006, 6, 5));
        assertThat(last.closeDate()).contains(LocalDate.of(2006, 6, 5).plusDays(5999 * 7L % 14_600));
        assertThat(last.stageHistory()).containsExactly(StageEntry.of("Engaging", LocalDate.of(2006, 6, 5)),
                StageEntry.of("Lost", last.closeDate().orElseThrow()));
    }

    @Test
    void dealsOfOneChunkShareEqualStageEntries() throws IOException {
        Path file = Files.writeString(dir.resolve("same.csv"), String.join("\n",
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                "A,Ana,GTX,Acme,Won,2023-04-05,2023-05-01,10",
                "B,Bo,GTX,Acme,Won,2023-04-05,2023-05-01,20",
                "C,Cy,MG,Acme,Engaging,2023-04-05,,"), StandardCharsets.UTF_8);
        List<Deal> deals = DealCsv.mavenCrm().build().readAll(file, 1).records();

        assertThat(deals.get(0).stageHistory()).containsExactly(StageEntry.of("Engaging", LocalDate.of(2023, 4, 5)),
                StageEntry.of("Won", LocalDate.of(2023, 5, 1)));
        assertThat(deals.get(1).stageHistory().get(0)).isSameAs(deals.get(0).stageHistory().get(0));
        assertThat(deals.get(1).stageHistory().get(1)).isSameAs(deals.get(0).stageHistory().get(1));
        assertThat(deals.get(2).stageHistory().get(0)).isSameAs(deals.get(0).stageHistory().get(0));
        assertThat(deals.get(2).segments()).isEqualTo(Map.of("product", "MG"));
    }

    @Test
    void manyStageColumnsAndSegmentsReadAsCommonsCsvReadsThem() throws IOException {
        // three stage columns, the closing stage, two segments with a blank: histories of 0 to 4 entries
        Path file = Files.writeString(dir.resolve("stages.csv"), String.join("\n",
                "id,account,owner,stage,created,closed,amount,s1,s2,s3,region,tier",
                "A,Acme,Ana,Won,2023-01-02,2023-03-01,10,2023-01-03,2023-01-10,2023-02-01,EMEA,Gold",
                "B,Acme,Bo,Lost,2023-01-02,2023-03-01,10,,,,,Gold",
                "C,Acme,Cy,Open,2023-01-02,,10,2023-01-03,,,APAC,",
                "D,Acme,Di,Won,2023-01-02,2023-03-01,10,2023-01-03,2023-01-10,,EMEA,Gold",
                "E,Acme,Ed,Won,2023-01-02,2023-01-02,10,,,,,"), StandardCharsets.UTF_8);
        CsvReader<Deal> reader = DealCsv.builder().column(ID, "id").column(CUSTOMER, "account")
                .column(OWNER, "owner").constant(SOURCE, "(none)").column(AMOUNT, "amount").defaultCurrency("USD")
                .column(CREATED_DATE, "created").column(CLOSE_DATE, "closed").column(STATUS, "stage")
                .status("Won", DealStatus.WON).status("Lost", DealStatus.LOST).status("Open", DealStatus.OPEN)
                .stageDate("Qualify", "s1").stageDate("Propose", "s2").stageDate("Negotiate", "s3")
                .closingStageInHistory(true).segment("region", "region").segment("tier", "tier").build();

        List<Deal> deals = reader.readAll(file, 1).records();
        assertThat(deals).isEqualTo(reader.readAllWithCommonsCsv(file).records());
        assertThat(deals.get(0).stageHistory()).extracting(StageEntry::stage)
                .containsExactly("Qualify", "Propose", "Negotiate", "Won");
        assertThat(deals.get(1).stageHistory()).containsExactly(StageEntry.of("Lost", LocalDate.of(2023, 3, 1)));
        assertThat(deals.get(1).segments()).isEqualTo(Map.of("tier", "Gold"));
        assertThat(deals.get(2).stageHistory()).extracting(StageEntry::stage).containsExactly("Qualify");
        assertThat(deals.get(3).stageHistory()).extracting(StageEntry::stage)
                .containsExactly("Qualify", "Propose", "Won");
        assertThat(deals.get(0).segments()).containsExactly(Map.entry("region", "EMEA"), Map.entry("tier", "Gold"));
        assertThat(deals.get(4).segments()).isEmpty();
    }
}
