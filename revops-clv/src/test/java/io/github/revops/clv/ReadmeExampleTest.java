package io.github.revops.clv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.github.revops.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs the examples of the README's "Predictive customer lifetime value" section and checks that the README shows
 * exactly these lines.
 */
class ReadmeExampleTest {

    @Test
    void example_runsAndGivesTheStatedFigures() {
        List<Transaction> transactions = CdnowData.sampleTransactions();
        // README-BEGIN
        // Subscriptions: fit the sBG model on a cohort's survivors (years 0-7) and project its retention
        ModelFit<ShiftedBetaGeometric> cohort = ShiftedBetaGeometric.fit(
                CohortSurvival.of(1000, 869, 743, 653, 593, 551, 517, 491));
        ShiftedBetaGeometric sbg = cohort.model();                       // alpha 0.668, beta 3.806
        double left = sbg.survival(12);                                  // 0.378 of the cohort after 12 years
        double renewal = sbg.retention(13);                              // 0.959: renewal rate in year 13
        double residual = sbg.discountedExpectedResidualLifetime(0.10, 7); // 7.53 payments ahead, at 10% a year

        // Repeat purchases: RFM summaries, BG/NBD for purchases, Gamma-Gamma for spend, then CLV
        List<RfmSummary> customers = RfmSummary.fromTransactions(transactions, LocalDate.of(1997, 9, 30),
                RfmTimeUnit.WEEK);
        BetaGeometricNbd purchases = BetaGeometricNbd.fit(customers).model(); // r 0.243, alpha 4.414, a 0.793, b 2.426
        GammaGamma spend = GammaGamma.fit(customers).model();              // p 6.25, q 3.74, gamma 15.44
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(customers.get(0), purchases, spend,
                ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK));                // the next 12 months at 1% a month
        Money value = clv.toMoney(RoundingMode.HALF_EVEN);                 // USD 36.27 for customer 1
        // README-END

        assertThat(sbg.alpha()).isCloseTo(0.668, within(0.0005));
        assertThat(sbg.beta()).isCloseTo(3.806, within(0.0005));
        assertThat(left).isCloseTo(0.378, within(0.0005));
        assertThat(renewal).isCloseTo(0.959, within(0.0005));
        assertThat(residual).isCloseTo(7.53, within(0.005));
        assertThat(purchases.r()).isCloseTo(0.243, within(0.0005));
        assertThat(spend.p()).isCloseTo(6.25, within(0.005));
        assertThat(customers.get(0).customerId()).isEqualTo("1");
        assertThat(value).isEqualTo(Money.parse("USD 36.27"));
    }

    @Test
    void modelsExample_runsAndGivesTheStatedFigures() {
        List<DiscreteHistory> donors = DonationsData.donors();
        List<RfmSummary> customers = CdnowData.publishedSummaries();
        // README-MODELS-BEGIN
        // One chance per period (yearly donations): BG/BB on each donor's (x, t_x, n)
        BetaGeometricBetaBinomial bgbb = BetaGeometricBetaBinomial.fit(donors).model(); // alpha 1.204, beta 0.750,
                                                                                        // gamma 0.657, delta 2.783
        double alive = bgbb.probabilityAlive(2, 4, 6);                    // 0.59: gave in 2 of 6 years, last in year 4
        double nextFive = bgbb.conditionalExpectedTransactions(5, 2, 4, 6); // 1.06 donations in the next 5 years

        // Continuous time, customers leave at any moment: Pareto/NBD on the CDNOW summaries
        ParetoNbd pnbd = ParetoNbd.fit(customers).model();               // r 0.553, alpha 10.578, s 0.606, beta 11.668
        double stillThere = pnbd.probabilityAlive(26, 30.86, 31);        // 0.998
        double nextYear = pnbd.conditionalExpectedPurchases(52, 26, 30.86, 31); // 25.46 purchases in 52 weeks
        // README-MODELS-END

        assertThat(bgbb.alpha()).isCloseTo(1.204, within(0.0005));
        assertThat(bgbb.delta()).isCloseTo(2.783, within(0.0005));
        assertThat(alive).isCloseTo(0.59, within(0.005));
        assertThat(nextFive).isCloseTo(1.06, within(0.005));
        assertThat(pnbd.r()).isCloseTo(0.553, within(0.0005));
        assertThat(pnbd.beta()).isCloseTo(11.668, within(0.0005));
        assertThat(stillThere).isCloseTo(0.998, within(0.0005));
        assertThat(nextYear).isCloseTo(25.46, within(0.005));
    }

    @Test
    void readme_showsTheExamplesVerbatim() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains("```java\n" + example("README") + "\n```");
        assertThat(readme).contains("```java\n" + example("README-MODELS") + "\n```");
    }

    private static String example(String marker) throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/io/github/revops/clv/ReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        return source.subList(source.indexOf("        // " + marker + "-BEGIN") + 1,
                        source.indexOf("        // " + marker + "-END")).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));
    }
}
