package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.DayHistogram;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static io.github.revops.recurring.MrrBridgePropertyTest.byCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Trial-to-paid conversion through the record path, the table path, a parallel collector and customer-aligned table
 * slices, against a plain reference written here from docs/metrics.md on dates, for every policy: over trials and
 * paying starts on period boundaries and on the trial's last and end days, same-day conversions, zero amounts and free
 * plans, open trials, ranges before 1970, dates beyond the {@code int} days of a table and periods from
 * {@link LocalDate#MIN}. Then the merge laws on customer-disjoint parts.
 */
class TrialConversionPropertyTest {

    private static final LocalDate[] ORIGINS = {LocalDate.of(2023, 1, 1), LocalDate.of(1969, 11, 1),
        LocalDate.of(6_000_000, 3, 1), LocalDate.MIN};
    private static final BillingInterval[] INTERVALS = {BillingInterval.MONTH, BillingInterval.YEAR,
        BillingInterval.WEEK, BillingInterval.everyMonths(5)};
    private static final List<TrialPolicy> POLICIES = List.of(TrialPolicy.DEFAULT, TrialPolicy.STARTED_COHORT,
            new TrialPolicy(TrialCohort.ENDED, ConversionDeadline.NONE),
            new TrialPolicy(TrialCohort.STARTED, ConversionDeadline.TRIAL_END));

    @Test
    void everyPathEqualsThePlainReference() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, ORIGINS.length - 1),
                integers().between(1, 20)).checkAssert((seed, origin, customers) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    LocalDate from = ORIGINS[origin];
                    List<Subscription> subs = histories(random, from, customers);
                    Period range = Period.of(from, from.plusMonths(4));
                    Period odd = Period.of(from.plusDays(random.nextInt(60)), from.plusDays(61 + random.nextInt(60)));
                    boolean inTable = from.toEpochDay() > Integer.MIN_VALUE
                            && from.plusYears(1).toEpochDay() < Integer.MAX_VALUE;
                    Optional<SubscriptionTable> table = inTable && !subs.isEmpty()
                            ? Optional.of(SubscriptionTable.of(subs)) : Optional.empty();
                    ReportingCurrency usd = ReportingCurrency.of(Money.currency("USD"));
                    for (TrialPolicy policy : POLICIES) {
                        List<Period> months = range.split(Granularity.MONTH);
                        List<TrialConversion> series = TrialConversion.series(subs, range, Granularity.MONTH, policy,
                                usd).values();
                        for (int i = 0; i < months.size(); i++) {
                            assertThat(series.get(i)).as("%s %s", months.get(i), policy)
                                    .isEqualTo(plain(subs, months.get(i), policy));
                        }
                        TrialConversion whole = TrialConversion.of(subs, odd, policy, usd);
                        assertThat(whole).isEqualTo(plain(subs, odd, policy));
                        assertThat(subs.parallelStream().collect(TrialConversion.collector(odd, policy, usd)))
                                .isEqualTo(whole);
                        table.ifPresent(t -> {
                            assertThat(TrialConversion.of(t, odd, policy)).isEqualTo(whole);
                            assertThat(TrialConversion.series(t, range, Granularity.MONTH, policy).values())
                                    .isEqualTo(series);
                            assertThat(t.split(3).parallelStream().map(part -> TrialConversion.of(part, odd, policy))
                                    .reduce(TrialConversion::combine).orElseThrow()).isEqualTo(whole);
                        });
                    }
                });
    }

    @Test
    void datesBeyondATablesDaysStayOnTheRecordPath() {
        List<Subscription> far = histories(new SplittableRandom(7), ORIGINS[2], 5);
        assertThatThrownBy(() -> SubscriptionTable.of(far)).isInstanceOf(ArithmeticException.class);
        Period range = Period.of(ORIGINS[2], ORIGINS[2].plusMonths(4));
        assertThat(TrialConversion.of(far, range, TrialPolicy.STARTED_COHORT).trials()).isPositive();
    }

    @Test
    void resultsMergeOnCustomerParts() {
        List<Subscription> subs = RandomHistories.build(RandomHistories.sample(42, 400), true, 60);
        ReportingCurrency converted = ReportingCurrency.of(Money.currency("USD"), RandomHistories.RATES);
        Period year = Period.year(2024);
        for (TrialPolicy policy : POLICIES) {
            TrialConversion whole = TrialConversion.of(subs, year, policy, converted);
            assertThat(whole.converted()).as(policy.toString()).isPositive();
            assertThat(whole.trials()).isGreaterThan(whole.converted());
            MergeLaws.assertMergeable(byCustomer(subs), parts -> parts.stream().flatMap(List::stream)
                    .collect(TrialConversion.collector(year, policy, converted)),
                    TrialConversion.empty(year, policy, Money.currency("USD")));
            MergeLaws.assertCollector(subs, TrialConversion.collector(year, policy, converted), whole);
        }
    }

    /** The reference: every trial against every subscription, on dates, as docs/metrics.md words it. */
    private static TrialConversion plain(List<Subscription> subs, Period period, TrialPolicy policy) {
        long trials = 0;
        DayHistogram.Builder days = DayHistogram.builder();
        Rational mrr = Rational.ZERO;
        for (Subscription t : subs) {
            Optional<LocalDate> cohortDay = policy.cohort() == TrialCohort.ENDED ? t.endDate()
                    : Optional.of(t.startDate());
            if (!t.trial() || cohortDay.isEmpty() || !period.contains(cohortDay.get())) {
                continue;
            }
            trials++;
            Optional<LocalDate> conversion = subs.stream()
                    .filter(s -> s.customerId().equals(t.customerId()) && s.isPaying()
                            && !s.startDate().isBefore(t.startDate())
                            && (policy.deadline() == ConversionDeadline.NONE || t.endDate().isEmpty()
                            || !s.startDate().isAfter(t.endDate().get())))
                    .map(Subscription::startDate).min(LocalDate::compareTo);
            if (conversion.isPresent()) {
                days.add(Math.toIntExact(ChronoUnit.DAYS.between(t.startDate(), conversion.get())));
                for (Subscription s : subs) {
                    if (s.customerId().equals(t.customerId()) && s.isPaying()
                            && s.startDate().equals(conversion.get())) {
                        mrr = mrr.add(s.monthlyValue().minorUnits());
                    }
                }
            }
        }
        return new TrialConversion(period, policy, trials, days.build(),
                io.github.revops.money.ExactMoney.ofMinor(Money.currency("USD"), mrr));
    }

    /**
     * Customers with up to three trials and three paying or free subscriptions each, their days drawn from a few
     * that sit on month boundaries, on a trial's last or end day, or anywhere in four months.
     */
    private static List<Subscription> histories(SplittableRandom random, LocalDate from, int customers) {
        List<Subscription> subs = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String customer = "c" + c;
            List<LocalDate> trialEnds = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                LocalDate start = day(random, from);
                boolean open = random.nextInt(5) == 0;
                LocalDate end = start.plusDays(1 + random.nextInt(30));
                if (!open) {
                    trialEnds.add(end);
                }
                subs.add(new Subscription("t" + subs.size(), customer, Money.ofMinor("USD", random.nextInt(3) * 500L),
                        BillingInterval.MONTH, start, open ? Optional.empty() : Optional.of(end), true,
                        Optional.empty()));
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                LocalDate start = !trialEnds.isEmpty() && random.nextBoolean()
                        ? trialEnds.get(random.nextInt(trialEnds.size())).minusDays(random.nextInt(2))
                        : day(random, from);
                long amount = random.nextInt(5) == 0 ? 0 : 100 + random.nextInt(100_000);
                Optional<LocalDate> end = random.nextBoolean() ? Optional.empty()
                        : Optional.of(start.plusDays(1 + random.nextInt(200)));
                subs.add(new Subscription("p" + subs.size(), customer, Money.ofMinor("USD", amount),
                        INTERVALS[random.nextInt(INTERVALS.length)], start, end, false, Optional.empty()));
            }
        }
        Collections.shuffle(subs, new java.util.Random(random.nextLong()));
        return subs;
    }

    /** A day in the four months from {@code from}: often a month's first or last day. */
    private static LocalDate day(SplittableRandom random, LocalDate from) {
        LocalDate month = from.plusMonths(random.nextInt(4));
        return switch (random.nextInt(4)) {
            case 0 -> month;
            case 1 -> month.plusMonths(1).minusDays(1).isBefore(from) ? month : month.plusMonths(1).minusDays(1);
            default -> from.plusDays(random.nextInt(125));
        };
    }
}
