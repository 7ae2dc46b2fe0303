package io.github.revops.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each example, one per metric family, and checks the figures it prints against figures derived elsewhere:
 * python3 over the CRM and RavenStack files (revops-core's CrmDataSetTest and RavenStackMrrTest) and the published
 * fits of the CLV papers (Fader and Hardie 2007; Fader, Hardie and Lee 2005, as the lifetimes library reproduces
 * them).
 */
class ExamplesTest {

    @Test
    void pipelineExample() {
        String out = run(PipelineExample::run);
        // python3: Q3 2017 1257 won of 2047 closed (61.4069... %); mean cycle 61363/1257 = 48.82, median 49;
        // velocity 9030605134815/125610061 dollars = 71,893.96 a day with 2409 deals open at 2017-10-01
        assertThat(out).contains("win rate 1257/2047 (61.41 %)\n")
                .contains("sales cycle of won deals: mean 48.82 days, median 49 days")
                .contains("pipeline velocity USD 71893.96 a day (2409 deals open at the end of the quarter)")
                .contains("  Anna Snelling: 55/100 (55.00 %)\n", "  Boris Faz: 31/45 (68.89 %)\n",
                        "  Darcel Schlecht: 115/181 (63.54 %)\n")
                .contains("all agents: 1257/2047 (61.41 %)\n");
    }

    @Test
    void recurringExample() {
        String out = run(RecurringExample::run);
        // python3: MRR 10,159,608 dollars over 500 accounts on 2024-12-31, so ARR 121,915,296; December: new 26
        // for 496,667, expansion 255 for 1,365,101, contraction 36 for 162,984, from 8,460,824 on 2024-11-30
        assertThat(out).contains("ARR on 2024-12-31: USD 121915296.00 (500 paying customers)")
                .contains("December 2024: start USD 8460824.00 + new USD 496667.00 (26) + expansion USD 1365101.00"
                        + " (255) + reactivation USD 0.00 - contraction USD 162984.00 (36) - churn USD 0.00 = end"
                        + " USD 10159608.00")
                .contains("2024: logo churn 0/185 (0.00 %), NRR ");
    }

    @Test
    void clvExample() {
        String out = run(ClvExample::run);
        // Fader and Hardie (2007), high-end cohort: alpha 0.668, beta 3.806 on years 1-7; lifetimes' CDNOW fits:
        // BG/NBD r 0.243, alpha 4.414, a 0.793, b 2.426; Gamma-Gamma p 6.25, q 3.74, gamma 15.44; CLV of
        // customer 1 over 12 months at 1 % a month USD 36.27 (revops-clv's ReadmeExampleTest)
        assertThat(out).contains("sBG alpha 0.668, beta 3.806\n")
                .contains("BG/NBD r 0.243, alpha 4.414, a 0.793, b 2.426; Gamma-Gamma p 6.25, q 3.74, gamma 15.44")
                .contains("customer 1: CLV of the next 12 months USD 36.27");
        // the published year-12 survival of the fitted model is 0.378 (Fader and Hardie 2007, table of
        // projections; revops-clv's ReadmeExampleTest): 378.0 of 1000, where 394 stayed
        assertThat(out).contains("  year 12: projected 378.0, actual 394 of 1000");
    }

    @Test
    void economicsExample() {
        String out = run(EconomicsExample::run);
        // python3 over the CSV files (fractions.Fraction): 26 accounts first pay in December 2024 (non-trial rows,
        // mrr_amount > 0, end after start) with MRR 496,667 on 2024-12-31; CAC 400,000 / 26 = 15,384.62, paid
        // 300,000 / 26 = 11,538.46; payback 15,384.62 / (19,102.58 x 4/5) = 1.0067 months; the churn of June to
        // November is 1/384 in September only, so the 6-month mean is (1/384)/6; ARPA 10,159,608 / 500; LTV:CAC =
        // ARPA x 4/5 / churn / CAC = 2,434.4 (the synthetic data set hardly churns)
        assertThat(out).contains("December 2024: 26 new customers, blended CAC USD 15384.62, paid CAC USD 11538.46\n")
                .contains("new MRR per new customer USD 19102.58, CAC payback 1.01 months at 80 % margin\n")
                .contains("trailing logo churn (1/384)/6 (0.04 %), LTV:CAC 2434.4\n");
        // python3: Darcel Schlecht won 357,666 dollars of deals closed in 2017-Q4; F-2 (300,000) is the latest
        // commit on 2017-11-15: accuracy 1 - 57,666 / 357,666 = 0.8388, bias -57,666 / 357,666 = -0.1612
        assertThat(out).contains("Darcel Schlecht, 2017-Q4: commit USD 300000.00 (F-2), won USD 357666.00,"
                + " accuracy 0.8388, bias -0.1612");
    }

    private static String run(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
