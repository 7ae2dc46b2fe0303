package io.github.revops.contract;

import io.github.revops.csv.ContactCsv;
import io.github.revops.csv.CsvImportResult;
import io.github.revops.csv.CsvImportSummary;
import io.github.revops.csv.CsvReader;
import io.github.revops.csv.CsvReaderBuilder;
import io.github.revops.csv.CsvRows;
import io.github.revops.csv.CsvTableReader;
import io.github.revops.csv.CustomerCsv;
import io.github.revops.csv.DealCsv;
import io.github.revops.csv.DealField;
import io.github.revops.csv.ForecastCsv;
import io.github.revops.csv.RejectedRow;
import io.github.revops.csv.SegmentedCsvBuilder;
import io.github.revops.csv.SpendCsv;
import io.github.revops.csv.SubscriptionCsv;
import io.github.revops.domain.Deal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The null contract of revops-csv (docs/decisions/0104-parameters-are-never-null.md): every public constructor and
 * method of the covered packages rejects a null argument with a {@code NullPointerException} whose message names
 * the parameter.
 */
class CsvNullContractTest extends NullContractChecks {

    /** The packages checked, one a line. */
    private static final List<String> COVERED = List.of(
            "io.github.revops.csv");

    /** Exported packages, or types of covered ones, not checked yet: none. */
    private static final Set<String> IN_FLUX = Set.of();

    /** A Salesforce report's header and one deal. */
    private static final String DEALS = """
            Opportunity ID,Account Name,Opportunity Owner,Amount,Created Date,Close Date,Stage
            D-1,Acme,ana,100,1/5/2026,2/10/2026,Closed Won
            """;

    CsvNullContractTest() {
        super(new NullContract(CsvReader.class, COVERED, IN_FLUX, samples(), Map.of(),
                        NullArgumentCheck.OtherForm.NONE),
                42, 75, List.of("io.github.revops.csv.CsvReader", "io.github.revops.csv.DealCsv$Builder",
                        "io.github.revops.csv.CsvReaderBuilder"),
                List.of("io.github.revops.csv.Row", "io.github.revops.csv.DateParser"));
    }

    private static Samples samples() {
        CsvImportSummary summary = new CsvImportSummary("deals.csv", 0, 0, List.of(), List.of());
        return new Samples()
                .put(Enum.class, () -> DealField.ID)
                .put(CsvReaderBuilder.class, DealCsv::salesforce)
                .put(SegmentedCsvBuilder.class, DealCsv::salesforce)
                .put(DealCsv.Builder.class, DealCsv::salesforce)
                .put(ContactCsv.Builder.class, ContactCsv::hubSpot)
                .put(CustomerCsv.Builder.class, CustomerCsv::builder)
                .put(ForecastCsv.Builder.class, ForecastCsv::builder)
                .put(SpendCsv.Builder.class, SpendCsv::builder)
                .put(SubscriptionCsv.Builder.class, SubscriptionCsv::ravenStack)
                .put(CsvReader.class, CsvNullContractTest::reader)
                .put(CsvTableReader.class, () -> DealCsv.salesforce().defaultCurrency("USD").buildTableReader())
                .put(CsvRows.class, () -> reader().open(new StringReader(DEALS), "deals.csv"))
                .put(CsvImportSummary.class, () -> summary)
                .put(CsvImportResult.class, () -> new CsvImportResult<>(List.of(), summary))
                .put(RejectedRow.class, () -> new RejectedRow(2, "Amount", "x", "not an amount"))
                .put(Reader.class, () -> new StringReader(DEALS))
                .put(InputStream.class, () -> new ByteArrayInputStream(DEALS.getBytes(StandardCharsets.UTF_8)))
                .put(Path.class, () -> Path.of("deals.csv"))
                .put(Consumer.class, () -> x -> { })
                .put(LongConsumer.class, () -> x -> { })
                .put(Charset.class, () -> StandardCharsets.UTF_8)
                .put(Collection.class, () -> List.of("yes"))
                .put(String[].class, () -> new String[] {"Closed Won"});
    }

    private static CsvReader<Deal> reader() {
        return DealCsv.salesforce().defaultCurrency("USD").build();
    }
}
