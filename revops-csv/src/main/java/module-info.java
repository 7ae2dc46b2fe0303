/**
 * revops CSV import: deals, customers, subscriptions, spend and forecast submissions from CSV exports (Salesforce,
 * HubSpot, your own columns), strict or lenient, one row at a time.
 * <pre>{@code
 * CsvReader<Deal> reader = DealCsv.hubSpot().defaultCurrency("EUR").lenient().build();
 * CsvImportSummary summary = reader.forEach(Path.of("deals.csv"), deal -> System.out.println(deal.id()));
 * }</pre>
 */
module io.github.revops.csv {
    requires transitive io.github.revops;
    requires org.apache.commons.csv;

    exports io.github.revops.csv;
}
