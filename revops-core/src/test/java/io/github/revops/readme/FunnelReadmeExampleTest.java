package io.github.revops.readme;

import io.github.revops.domain.Contact;
import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.FunnelExamples;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.funnel.StageTransition;
import io.github.revops.math.Rational;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles and runs the example of the README's "Buyer funnel" section, with the public API only. */
class FunnelReadmeExampleTest {

    @Test
    void leadsOfTheFirstQuarterToCustomers() {
        List<Contact> contacts = FunnelExamples.NINE_CONTACTS;
        // ---- README example, verbatim ----
        LifecycleStages stages = LifecycleStages.HUBSPOT;   // Subscriber, Lead, MQL, SQL, Opportunity, Customer
        Period q1 = Period.quarter(2026, 1);
        CohortConversion cohorts = CohortConversion.of(contacts, stages, q1, LocalDate.of(2026, 6, 30));
        StageTransition leadToCustomer = cohorts.transition("Lead", "Customer");
        Ratio byJune = leadToCustomer.conversion();                // 4/7: of Q1's 7 leads, 4 customers by 30 June
        Ratio in60Days = leadToCustomer.conversionWithin(60);      // 2/7 within 60 days of becoming a lead
        long waiting = leadToCustomer.censored().count();          // 3 not (yet) customers: right-censored
        Ratio entries = PeriodConversion.of(contacts, stages, q1).conversion("Lead", "Customer"); // 3/7 in Q1
        LeadVelocityRate lvr = LeadVelocityRate.of(contacts, stages, Period.month(2026, 1),
                "Marketing Qualified Lead");                        // 1 MQL in December, 2 in January: 1/1
        // ---- end of the README example ----
        assertThat(byJune).isEqualTo(Ratio.of(4, 7));
        assertThat(in60Days).isEqualTo(Ratio.of(2, 7));
        assertThat(waiting).isEqualTo(3);
        assertThat(leadToCustomer.timeToConvert().median()).contains(Rational.of(69, 2));
        assertThat(entries).isEqualTo(Ratio.of(3, 7));
        assertThat(lvr.rate()).isEqualTo(Ratio.of(1, 1));
        assertThat(lvr).isEqualTo(new LeadVelocityRate("Marketing Qualified Lead", 1, 2));
    }

    @Test
    void theReadmeShowsThisExampleVerbatim() throws IOException {
        Path readme = Path.of("..", "README.md");
        Path self = Path.of("src", "test", "java", "io", "github", "revops", "readme",
                "FunnelReadmeExampleTest.java");
        String section = Files.readString(readme).split("## Buyer funnel", 2)[1];
        int start = section.indexOf("```java") + "```java".length();
        String block = section.substring(start, section.indexOf("```", start));
        String test = Files.readString(self);
        assertThat(block.strip().lines().toList()).hasSize(10)
                .allSatisfy(line -> assertThat(test).contains(line.strip()));
    }
}
