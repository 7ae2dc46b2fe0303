package io.github.revops.csv;

import io.github.revops.domain.Contact;
import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.funnel.StageReach;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HubSpot contacts preset on a fixture with the export's real header names, and the contact builder's errors. */
class ContactCsvTest {

    private static final String HEADER = "Record ID,Contact owner,Original Traffic Source,Became a Subscriber Date,"
            + "Became a Lead Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,"
            + "Became an Opportunity Date,Became a Customer Date";

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void hubSpot_readsTheLifecycleDatesOfEveryContact() {
        CsvImportResult<Contact> result = ContactCsv.hubSpot().build()
                .readAll(Fixtures.resource("hubspot/contacts.csv"));

        assertThat(result.summary()).isEqualTo(new CsvImportSummary("contacts.csv", 4, 4, List.of(), List.of()));
        assertThat(result.records()).containsExactly(
                new Contact("51001", "Dana Lee", "Organic Search", Map.of("Lead", d(2026, 1, 5),
                        "Marketing Qualified Lead", d(2026, 1, 20), "Sales Qualified Lead", d(2026, 2, 10),
                        "Opportunity", d(2026, 2, 20), "Customer", d(2026, 3, 15)), Map.of()),
                // a blank owner; the subscriber date is before the lead date
                new Contact("51002", "(no owner)", "Paid Search", Map.of("Subscriber", d(2025, 12, 20),
                        "Lead", d(2026, 1, 10), "Marketing Qualified Lead", d(2026, 2, 1)), Map.of()),
                // a blank source; the evangelist date is not one of the six stages and is not read
                new Contact("51003", "Sam Ortiz", "(none)", Map.of("Lead", d(2026, 2, 1),
                        "Sales Qualified Lead", d(2026, 2, 15), "Customer", d(2026, 5, 1)), Map.of()),
                new Contact("51004", "Dana Lee", "Direct Traffic", Map.of(), Map.of()));
    }

    @Test
    void hubSpot_contactsGoThroughTheHubSpotFunnel() {
        List<Contact> contacts = ContactCsv.hubSpot().build().readAll(Fixtures.resource("hubspot/contacts.csv"))
                .records();
        Period q1 = Period.quarter(2026, 1);

        // leads of Q1: 51001 (01-05), 51002 (01-10), 51003 (02-01); customers of Q1: 51001 only (51003 in May)
        PeriodConversion entries = PeriodConversion.of(contacts, LifecycleStages.HUBSPOT, q1);
        assertThat(entries.reach("Lead")).isEqualTo(new StageReach("Lead", 3, 0));
        assertThat(entries.conversion("Lead", "Customer")).isEqualTo(Ratio.of(1, 3));
        // by 30 June, 51003 has become a customer too
        assertThat(CohortConversion.of(contacts, LifecycleStages.HUBSPOT, q1, d(2026, 6, 30))
                .transition("Lead", "Customer").conversion()).isEqualTo(Ratio.of(2, 3));
    }

    @Test
    void readme_readsAHubSpotExportInOneLine(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.resource("hubspot/contacts.csv"), dir.resolve("contacts.csv"));
        String line = "List<Contact> contacts = ContactCsv.hubSpot().build().readAll(Path.of(\"contacts.csv\"))"
                + ".records();";
        assertThat(Files.readString(Path.of("..", "README.md")).split("## Buyer funnel", 2)[1]).contains(line);

        List<Contact> contacts = ContactCsv.hubSpot().build().readAll(dir.resolve("contacts.csv")).records();
        assertThat(contacts).extracting(Contact::id).containsExactly("51001", "51002", "51003", "51004");
    }

    @Test
    void hubSpot_olderExportsNameTheSourceColumnOriginalSource() {
        CsvImportResult<Contact> result = ContactCsv.hubSpot()
                .optionalColumn(ContactField.SOURCE, "Original Source")
                .segment("stage now", "Lifecycle Stage")
                .build().readAll(Fixtures.text(HEADER.replace("Original Traffic Source", "Original Source")
                        + ",Lifecycle Stage", "7,Ana,Referrals,,2024-05-06,,,,,Lead"), "old.csv");

        assertThat(result.records()).containsExactly(new Contact("7", "Ana", "Referrals",
                Map.of("Lead", d(2024, 5, 6)), Map.of("stage now", "Lead")));
    }

    @Test
    void builder_readsYourOwnColumnsAndStages() {
        CsvReader<Contact> reader = ContactCsv.builder()
                .column(ContactField.ID, "lead_id")
                .column(ContactField.OWNER, "sdr")
                .constant(ContactField.SOURCE, "events")
                .stageDate("Lead", "created")
                .stageDate("MQL", "mql_on")
                .optionalStageDate("Won", "won_on")
                .segment("region", "region")
                .dateFormats("dd.MM.yyyy")
                .build();

        assertThat(reader.readAll(Fixtures.text("lead_id,sdr,created,mql_on,region",
                "L-1,Kim,03.02.2026,10.02.2026,EMEA", "L-2,Kim,04.02.2026,,"), "leads.csv").records())
                .containsExactly(
                        new Contact("L-1", "Kim", "events", Map.of("Lead", d(2026, 2, 3), "MQL", d(2026, 2, 10)),
                                Map.of("region", "EMEA")),
                        new Contact("L-2", "Kim", "events", Map.of("Lead", d(2026, 2, 4)), Map.of()));
    }

    @Test
    void aBadDateNamesTheLineColumnAndValue() {
        String row = "8,Ana,Referrals,,2026-02-30 10:00,,,,";
        assertThatThrownBy(() -> ContactCsv.hubSpot().build().readAll(Fixtures.text(HEADER, row), "contacts.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("contacts.csv line 2, column 'Became a Lead Date', value '2026-02-30 10:00': not a date"
                        + " (expected yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss or yyyy-MM-dd or M/d/yyyy H:mm or"
                        + " M/d/yyyy)");

        CsvImportResult<Contact> lenient = ContactCsv.hubSpot().lenient().build()
                .readAll(Fixtures.text(HEADER, row, "9,Ana,Referrals,,2026-02-03,,,,"), "contacts.csv");
        assertThat(lenient.records()).extracting(Contact::id).containsExactly("9");
        assertThat(lenient.rejected()).containsExactly(new RejectedRow(2, "Became a Lead Date", "2026-02-30 10:00",
                "not a date (expected yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss or yyyy-MM-dd or M/d/yyyy H:mm or"
                        + " M/d/yyyy)"));
    }

    @Test
    void aBlankIdIsTheContactsOwnRule() {
        assertThatThrownBy(() -> ContactCsv.hubSpot().build().readAll(Fixtures.text(HEADER, " ,Ana,,,,,,,"),
                "contacts.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("contacts.csv line 2, column 'Record ID', value '': contact '?': id ('') must not be"
                        + " blank");
    }

    @Test
    void aMissingStageColumnIsAnErrorOfTheHeader() {
        assertThatThrownBy(() -> ContactCsv.hubSpot().build().readAll(Fixtures.text(
                HEADER.replace(",Became a Customer Date", ""), "1,Ana,Referrals,,,,,"), "contacts.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessageStartingWith("contacts.csv line 1, column 'Became a Customer Date': missing from the header"
                        + " (found: Record ID, Contact owner");
    }

    @Test
    void builder_rejectsAStageMappedTwiceOrNoStageAtAll() {
        assertThatThrownBy(() -> ContactCsv.hubSpot().stageDate("Lead", "Lead Date"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage ('Lead') already has a date column");
        assertThatThrownBy(() -> ContactCsv.builder().column(ContactField.ID, "id").constant(ContactField.OWNER, "-")
                .constant(ContactField.SOURCE, "-").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("contact CSV: no stage date columns; map them with stageDate(stage, header)");
        assertThatThrownBy(() -> ContactCsv.builder().stageDate("Lead", "lead").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("contact CSV: no column or constant for ID, OWNER, SOURCE");
    }
}
