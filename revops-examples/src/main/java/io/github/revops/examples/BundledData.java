package io.github.revops.examples;

import io.github.revops.clv.Transaction;
import io.github.revops.csv.DealCsv;
import io.github.revops.csv.SubscriptionCsv;
import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The data sets bundled in this module (see {@code io/github/revops/examples/data/README.md} on the classpath for
 * their sources and licences), read with the revops-csv presets.
 * <pre>{@code
 * List<Deal> deals = BundledData.crmDeals();                          // 8,300 deals of the Maven CRM data set
 * List<Subscription> subscriptions = BundledData.ravenStackSubscriptions();
 * }</pre>
 */
public final class BundledData {

    /** The Maven CRM opportunities, {@code sales_pipeline.csv}. */
    public static final String CRM_DEALS = "crm/sales_pipeline.csv";
    /** The Maven CRM sales agents and their offices, {@code sales_teams.csv}. */
    public static final String CRM_TEAMS = "crm/sales_teams.csv";
    /** The RavenStack synthetic subscriptions, {@code ravenstack_subscriptions.csv}. */
    public static final String RAVENSTACK_SUBSCRIPTIONS = "ravenstack/ravenstack_subscriptions.csv";
    /** The CDNOW 1/10 sample of purchases, {@code CDNOW_sample.txt}. */
    public static final String CDNOW_PURCHASES = "cdnow/CDNOW_sample.txt";

    private static final String ROOT = "/io/github/revops/examples/data/";

    private BundledData() {
    }

    /**
     * Opens a bundled file.
     *
     * @param name  one of the constants of this class, such as {@link #CRM_DEALS}
     * @return the bytes, to close after use, never null
     * @throws IllegalArgumentException if no such file is bundled
     */
    public static InputStream open(String name) {
        InputStream in = BundledData.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalArgumentException("no bundled data file '" + name + "'");
        }
        return in;
    }

    /**
     * Returns the file name of a bundled file, as import messages name it.
     *
     * @param name  one of the constants of this class
     * @return the file name, such as {@code sales_pipeline.csv}
     */
    public static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /**
     * Reads the Maven CRM deals with the {@link DealCsv#mavenCrm()} preset: 8,300 deals (the 500 Prospecting rows
     * have no created date and are skipped).
     *
     * @return the deals in file order, never null
     */
    public static List<Deal> crmDeals() {
        return DealCsv.mavenCrm().build().readAll(open(CRM_DEALS), fileName(CRM_DEALS)).records();
    }

    /**
     * Reads the RavenStack subscriptions with the {@link SubscriptionCsv#ravenStack()} preset, leniently: 4,987
     * subscriptions (13 rows end on the day they start and are set aside).
     *
     * @return the subscriptions in file order, never null
     */
    public static List<Subscription> ravenStackSubscriptions() {
        return SubscriptionCsv.ravenStack().lenient().build()
                .readAll(open(RAVENSTACK_SUBSCRIPTIONS), fileName(RAVENSTACK_SUBSCRIPTIONS)).records();
    }

    /**
     * Reads the 6,919 CDNOW purchases: customer id = the sample id (1 to 2357), the date, the dollars spent.
     *
     * @return the purchases in file order, never null
     */
    public static List<Transaction> cdnowPurchases() {
        List<Transaction> purchases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(CDNOW_PURCHASES),
                StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    String[] f = line.strip().split("\\s+");
                    purchases.add(new Transaction(String.valueOf(Integer.parseInt(f[1])),
                            LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE),
                            Money.of("USD", new BigDecimal(f[4]))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CDNOW_PURCHASES, e);
        }
        return purchases;
    }
}
