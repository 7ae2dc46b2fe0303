package io.github.revops.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A seeded generator of files in the layout of the Maven CRM {@code sales_pipeline.csv} (the preset
 * {@code DealCsv.mavenCrm()}): {@code opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,
 * close_value}, as in the performance issue: 1,000 agents, engage dates uniform over 2022-2024. Stages: 6 %
 * Prospecting (no engage date, no account), 18 % Engaging (no close date or value), 46 % Won (value 50 to 30,000),
 * 30 % Lost (value 0); sales cycle 1 to 140 days; 85 accounts; 7 products. A row is about 68 bytes (2M rows: 137 MB).
 */
final class CrmCsvFile {

    static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
            + "close_value";
    private static final String[] PRODUCTS = {"GTX Basic", "GTX Pro", "MG Special", "MG Advanced", "GTX Plus Pro",
        "GTX Plus Basic", "GTK 500"};
    private static final long FIRST_DAY = LocalDate.of(2022, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2025, 1, 1).toEpochDay() - FIRST_DAY);
    private static final int AGENTS = 1_000;
    private static final int ACCOUNTS = 85;

    private CrmCsvFile() {
    }

    /** Writes {@code rows} rows (seed fixed) to a file. */
    static Path write(Path file, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(128);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                row(i, random, line);
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void row(int i, SplittableRandom random, StringBuilder out) {
        int stage = random.nextInt(100);
        String agent = "Agent " + (1 + random.nextInt(AGENTS));
        String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        String account = "Account " + (1 + random.nextInt(ACCOUNTS));
        out.append(String.format("%08X", i * 2_654_435_761L & 0xFFFF_FFFFL)).append(',').append(agent).append(',')
                .append(product).append(',');
        LocalDate engaged = LocalDate.ofEpochDay(FIRST_DAY + random.nextInt(DAYS));
        LocalDate closed = engaged.plusDays(1 + random.nextInt(140));
        if (stage < 6) {
            out.append(",Prospecting,,,\n");
        } else if (stage < 24) {
            out.append(account).append(",Engaging,").append(engaged).append(",,\n");
        } else if (stage < 70) {
            out.append(account).append(",Won,").append(engaged).append(',').append(closed).append(',')
                    .append(50 + random.nextInt(29_951)).append('\n');
        } else {
            out.append(account).append(",Lost,").append(engaged).append(',').append(closed).append(",0\n");
        }
    }
}
