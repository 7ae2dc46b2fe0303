package io.github.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The file-to-answer benchmark at a small size: revops (one and two threads) and DuckDB give the same answer, and
 * the answer's win counts equal a count of the record reader's deals.
 */
class FileToAnswerBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void revopsAndDuckDbGiveTheSameAnswer() throws IOException, SQLException {
        FileToAnswerBenchmark benchmark = new FileToAnswerBenchmark();
        benchmark.rows = 20_000;
        benchmark.setUp();
        try {
            FileAnswer revops = benchmark.revops1Thread();
            FileAnswer duck = benchmark.duckdb();

            assertThat(revops).isEqualTo(duck).isEqualTo(benchmark.revops2Threads());
            List<Deal> deals = benchmark.readAll();
            long prospecting = java.nio.file.Files.readAllLines(benchmark.file).stream()
                    .filter(line -> line.contains(",Prospecting,")).count();
            assertThat(deals).hasSize((int) (20_000 - prospecting)).isEqualTo(benchmark.readAll1Thread())
                    .isEqualTo(benchmark.readAllCommonsCsv());
            long won = deals.stream().filter(d -> d.status() == DealStatus.WON
                    && d.closeDate().orElseThrow().getYear() == 2023).count();
            assertThat(revops.wonCount()).isEqualTo(won).isPositive();
            assertThat(revops.perOwner().values().stream().mapToLong(f -> f.get(0)).sum()).isEqualTo(won);
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void generatorIsSeededAndFollowsTheLayout() throws IOException {
        Path a = CrmCsvFile.write(dir.resolve("a.csv"), 1_000, 7);
        Path b = CrmCsvFile.write(dir.resolve("b.csv"), 1_000, 7);

        List<String> lines = java.nio.file.Files.readAllLines(a);
        assertThat(lines).hasSize(1_001).isEqualTo(java.nio.file.Files.readAllLines(b));
        assertThat(lines.get(0)).isEqualTo(CrmCsvFile.HEADER);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(8));
        assertThat(LocalDate.parse(lines.get(1).split(",", -1)[5].isEmpty() ? "2022-01-01"
                : lines.get(1).split(",", -1)[5]).getYear()).isBetween(2022, 2024);
    }

}
