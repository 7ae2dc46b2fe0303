package io.github.revops.readme;

import io.github.revops.domain.Deal;
import io.github.revops.money.Money;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles and runs the example of the README's "Pipeline metrics" section, with the public API only. */
class PipelineReadmeExampleTest {

    @Test
    void winRatePerOwnerFor2017Q3() {
        List<Deal> deals = deals();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // ---- README example, verbatim ----
            Breakdown<String, WinRate> perOwner = WinRate.by(deals, Period.quarter(2017, 3), Deal::owner);
            perOwner.groups().forEach((owner, rate) ->
                    System.out.println(owner + ": " + rate.byCount() + " won"));  // ana: 5/8 (62.50 %) won
            Ratio team = perOwner.total().byCount();                                   // 12/20, every owner
            BigDecimal teamRate = team.toBigDecimal(2, RoundingMode.HALF_EVEN);        // 0.60
            // ---- end of the README example ----
            assertThat(teamRate).isEqualByComparingTo("0.60");
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("ana: 5/8 (62.50 %) won", "ben: 7/12 (58.33 %) won", "cai: 0/0 (undefined) won");
    }

    @Test
    void theReadmeShowsThisExampleVerbatim() throws IOException {
        Path readme = Path.of("..", "README.md");
        Path self = Path.of("src", "test", "java", "io", "github", "revops", "readme",
                "PipelineReadmeExampleTest.java");
        String section = Files.readString(readme).split("## Pipeline metrics", 2)[1];
        int start = section.indexOf("```java") + "```java".length();
        String block = section.substring(start, section.indexOf("```", start));
        String test = Files.readString(self);
        assertThat(block.strip().lines().toList()).hasSize(5)
                .allSatisfy(line -> assertThat(test).contains(line.strip()));
    }

    /** ana wins 5 of 8 and ben 7 of 12 in 2017-Q3; cai has one open deal; one of ana's deals closed in Q2. */
    private static List<Deal> deals() {
        List<Deal> deals = new ArrayList<>();
        addClosed(deals, "ana", 5, 3);
        addClosed(deals, "ben", 7, 5);
        deals.add(Deal.builder("cai-open").customer("ACME").owner("cai").source("web")
                .amount(Money.parse("USD 900.00")).created(LocalDate.of(2017, 8, 1)).build());
        deals.add(Deal.builder("ana-q2").customer("ACME").owner("ana").source("web")
                .amount(Money.parse("USD 900.00")).created(LocalDate.of(2017, 4, 1))
                .won(LocalDate.of(2017, 6, 30)).build());
        return deals;
    }

    private static void addClosed(List<Deal> deals, String owner, int won, int lost) {
        for (int i = 0; i < won + lost; i++) {
            Deal.Builder b = Deal.builder(owner + "-" + i).customer("C" + i).owner(owner).source("web")
                    .amount(Money.parse("USD 1200.00")).created(LocalDate.of(2017, 6, 1));
            LocalDate closed = LocalDate.of(2017, 7, 1).plusDays(7L * i);
            deals.add(i < won ? b.won(closed).build() : b.lost(closed).build());
        }
    }
}
