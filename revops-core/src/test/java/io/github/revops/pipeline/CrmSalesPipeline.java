package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.money.Money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only reader of the Maven Analytics CRM data set in src/test/resources/crm (see its README for the source
 * and the mapping). The files are plain comma-separated with a header row and no quoting.
 */
final class CrmSalesPipeline {

    /** One row of sales_pipeline.csv, as text. */
    record Row(String id, String agent, String product, String account, String stage, String engageDate,
               String closeDate, String closeValue) {
    }

    private CrmSalesPipeline() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String[] f : read("/crm/sales_pipeline.csv", 8)) {
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }
        return rows;
    }

    /** sales_agent to {manager, regional_office}. */
    static Map<String, String[]> teams() {
        Map<String, String[]> teams = new HashMap<>();
        for (String[] f : read("/crm/sales_teams.csv", 3)) {
            teams.put(f[0], new String[] {f[1], f[2]});
        }
        return teams;
    }

    /**
     * The deals: Won and Lost rows closed, Engaging rows open at USD 0, Prospecting rows (no created date) left out;
     * created = engage_date; stage history Engaging on engage_date, then Won or Lost on close_date.
     */
    static List<Deal> deals() {
        Map<String, String[]> teams = teams();
        List<Deal> deals = new ArrayList<>();
        for (Row r : rows()) {
            if (r.stage().equals("Prospecting")) {
                continue;
            }
            LocalDate engaged = LocalDate.parse(r.engageDate());
            Deal.Builder b = Deal.builder(r.id())
                    .customer(r.account().isEmpty() ? "(none)" : r.account())
                    .owner(r.agent())
                    .source("crm")
                    .type(DealType.NEW_BUSINESS)
                    .created(engaged)
                    .stage("Engaging", engaged)
                    .segment("product", r.product())
                    .segment("manager", teams.get(r.agent())[0])
                    .segment("regional_office", teams.get(r.agent())[1]);
            if (r.stage().equals("Engaging")) {
                b.open().amount(Money.of("USD", BigDecimal.ZERO));
            } else {
                LocalDate closed = LocalDate.parse(r.closeDate());
                b.amount(Money.of("USD", new BigDecimal(r.closeValue())));
                if (r.stage().equals("Won")) {
                    b.won(closed).stage("Won", closed);
                } else {
                    b.lost(closed).stage("Lost", closed);
                }
            }
            deals.add(b.build());
        }
        return deals;
    }

    private static List<String[]> read(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CrmSalesPipeline.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    String[] fields = line.split(",", -1);
                    if (fields.length != columns) {
                        throw new IllegalStateException(resource + ": expected " + columns + " fields in " + line);
                    }
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
