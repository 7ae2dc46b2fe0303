package consumer.csv;

import io.github.revops.csv.CsvImportException;
import io.github.revops.csv.CsvImportResult;
import io.github.revops.csv.CsvReader;
import io.github.revops.csv.DealCsv;
import io.github.revops.domain.Deal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's CSV example, as a user's program, on two Salesforce-style exports written for this test:
 * opportunities.csv (four deals) and bad/opportunities.csv (the same with a bad close date on line 6).
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) throws IOException {
        Module module = ReadmeExample.class.getModule();
        System.out.println("== revops-csv consumer " + (module.isNamed()
                ? "on the module path, in module " + module.getName() + " reading "
                        + DealCsv.class.getModule().getName()
                : "on the class path"));

        CsvReader<Deal> reader = DealCsv.salesforce()   // the report's own column names, M/d/yyyy dates, footer skipped
                .defaultCurrency("USD")                 // a report states no currency
                .build();                               // strict: the first bad row stops the import, nothing returned
        List<Deal> deals = reader.readAll(Path.of("opportunities.csv")).records();
        System.out.println("deals: " + deals.stream().map(Deal::id).toList());

        Path withBadRow = Path.of("bad", "opportunities.csv");
        CsvImportResult<Deal> checked = DealCsv.salesforce().defaultCurrency("USD").lenient().build()
                .readAll(withBadRow);  // lenient: good rows, and the bad ones with the reason
        System.out.println("lenient: " + checked.records().size() + " deals, rejected " + checked.rejected());
        try {
            reader.readAll(withBadRow);
            System.out.println("strict: no error");
        } catch (CsvImportException e) {
            System.out.println("strict: " + e.getMessage());
        }
    }
}
