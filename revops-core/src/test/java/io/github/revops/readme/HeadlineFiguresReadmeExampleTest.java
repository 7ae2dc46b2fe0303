package io.github.revops.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Contact;
import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.ForecastSnapshot;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.money.Money;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.time.Period;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Headline figures of every family": each family's headline figure printed as it is, without rounding
 * code, and the printed text is the one the README shows.
 */
class HeadlineFiguresReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void printsEveryFamilysHeadlineFiguresAsTheReadmeShowsThem() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);   // System.out in the README

        // README headline example start
        Period q1 = Period.quarter(2026, 1);
        List<Deal> deals = List.of(
                Deal.builder("D-1").customer("ACME").owner("Ana").source("Ads").amount(Money.parse("USD 8500.00"))
                        .created(LocalDate.of(2026, 1, 10)).won(LocalDate.of(2026, 2, 20)).build(),
                Deal.builder("D-2").customer("Globex").owner("Ana").source("Web").amount(Money.parse("USD 4000.00"))
                        .created(LocalDate.of(2026, 1, 5)).lost(LocalDate.of(2026, 3, 2)).build(),
                Deal.builder("D-3").customer("Initech").owner("Raj").source("Ads").amount(Money.parse("USD 6200.00"))
                        .created(LocalDate.of(2026, 2, 1)).won(LocalDate.of(2026, 3, 15)).build(),
                Deal.builder("D-4").customer("Umbrella").owner("Raj").source("Web")
                        .amount(Money.parse("USD 3000.00")).created(LocalDate.of(2026, 3, 1)).build());
        out.println("win rate       " + WinRate.of(deals, q1).byCount());
        out.println("sales cycle    " + SalesCycle.of(deals, q1).won());
        out.println("velocity/day   " + PipelineVelocity.of(deals, q1).value().orElseThrow());

        List<Contact> contacts = List.of(
                Contact.builder("C-1").owner("Ana").source("Ads").entered("Lead", LocalDate.of(2026, 1, 8))
                        .entered("Customer", LocalDate.of(2026, 2, 20)).build(),
                Contact.builder("C-2").owner("Raj").source("Web").entered("Lead", LocalDate.of(2026, 2, 3)).build());
        out.println("lead->customer " + PeriodConversion.of(contacts, LifecycleStages.HUBSPOT, q1)
                .conversion("Lead", "Customer"));

        List<Subscription> subscriptions = List.of(
                Subscription.of("S-1", "ACME", Money.parse("USD 1200.00"), BillingInterval.YEAR,
                        LocalDate.of(2026, 1, 1)),
                Subscription.of("S-2", "Globex", Money.parse("USD 50.00"), BillingInterval.MONTH,
                        LocalDate.of(2026, 1, 1)).endingOn(LocalDate.of(2026, 2, 15)),
                Subscription.of("S-3", "Initech", Money.parse("USD 10.00"), BillingInterval.WEEK,
                        LocalDate.of(2026, 2, 1)));
        Period february = Period.month(2026, 2);
        out.println("MRR 28 Feb     " + MrrSnapshot.of(subscriptions, LocalDate.of(2026, 2, 28)).mrr());
        out.println("NRR February   " + MrrBridge.of(subscriptions, february).nrr());
        out.println("logo churn     " + LogoChurn.of(subscriptions, february).rate());

        List<Spend> spend = List.of(Spend.of("SP-1", LocalDate.of(2026, 2, 2), Money.parse("USD 900.00"),
                SpendCategory.MARKETING, "Ads", true));
        UnitEconomics unit = UnitEconomics.of(EconomicsInput.of(spend, subscriptions), february);
        out.println("CAC February   " + unit.cac().blended().value().orElseThrow());
        out.println("new MRR each   " + unit.newMrrPerNewCustomer());

        ForecastInput forecasts = ForecastInput.of(List.of(new ForecastSubmission("F-1", "Ana", q1,
                LocalDate.of(2026, 2, 9), ForecastCategory.COMMIT, Money.parse("USD 9000.00"))), deals);
        out.println("forecast WAPE  " + ForecastSnapshot.of(forecasts, q1, ForecastCategory.COMMIT,
                LocalDate.of(2026, 2, 11)).accuracy().wape());
        // README headline example end

        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("""
                win rate       2/3 (66.67 %)
                sales cycle    2 values, mean 41.50 days (83 / 2), median 41.50, min 41, max 42: 41=1, 42=1
                velocity/day   USD 118.07 (exact 980000/83 minor)
                lead->customer 1/2 (50.00 %)
                MRR 28 Feb     USD 143.33 (exact 43000/3 minor)
                NRR February   10000/15000 (66.67 %)
                logo churn     1/2 (50.00 %)
                CAC February   USD 900.00
                new MRR each   USD 43.33 (USD 13000/3 minor / 1)
                forecast WAPE  50000/850000 (5.88 %)
                """).satisfies(text -> assertThat(readme).contains(text));
        assertThat(readme).contains(exampleLines());
    }

    /** The lines of the example above, without their indentation, as the README must show them. */
    private static List<String> exampleLines() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/revops/readme/"
                + "HeadlineFiguresReadmeExampleTest.java"), StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// README headline example start"),
                source.indexOf("// README headline example end"));
        return example.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
