package io.github.revops.csv;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test inputs: the fixture files under src/test/resources and CSV text written in the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A deal reader of the columns id, customer, owner, amount, currency, created, closed and stage (the label Won),
     * every source "web".
     */
    static DealCsv.Builder dealColumns() {
        return DealCsv.builder().column(DealField.ID, "id").column(DealField.CUSTOMER, "customer")
                .column(DealField.OWNER, "owner").constant(DealField.SOURCE, "web")
                .column(DealField.AMOUNT, "amount").column(DealField.CURRENCY, "currency")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .column(DealField.STATUS, "stage").status("Won", io.github.revops.domain.DealStatus.WON);
    }

    static StringReader text(String... lines) {
        return new StringReader(String.join("\n", lines) + "\n");
    }
}
