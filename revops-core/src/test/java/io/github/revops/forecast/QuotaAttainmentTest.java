package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static io.github.revops.forecast.TestForecasts.Q1;
import static io.github.revops.forecast.TestForecasts.usd;
import static io.github.revops.forecast.TestForecasts.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaAttainmentTest {

    private static final Currency USD = Money.currency("USD");
    private static final LocalDate JAN_1 = Q1.start();

    private static final List<Deal> DEALS = List.of(won("a1", "ana", JAN_1, 60_000),
            won("a2", "ana", LocalDate.of(2026, 3, 31), 60_000), won("a3", "ana", LocalDate.of(2026, 4, 1), 1),
            won("b1", "ben", JAN_1.plusDays(3), 30_000));

    private static ForecastInput quotas(List<Quota> quotas) {
        return ForecastInput.of(List.of(), DEALS).withQuotas(quotas);
    }

    @Test
    void attainmentPerOwnerAndTheTeamTotal() {
        List<Quota> quotas = List.of(new Quota("ana", Q1, usd(100_000)), new Quota("ben", Q1, usd(60_000)),
                new Quota("cai", Q1, usd(40_000)));
        Breakdown<String, QuotaAttainment> byOwner = QuotaAttainment.by(quotas(quotas), Q1, Quota::owner);
        assertThat(byOwner.get("ana").orElseThrow().attainment().exactValue()).contains(Rational.of(6, 5));
        assertThat(byOwner.get("ana").orElseThrow().wonDeals()).containsExactly("a1", "a2");
        assertThat(byOwner.get("ben").orElseThrow().attainment().exactValue()).contains(Rational.of(1, 2));
        assertThat(byOwner.get("cai").orElseThrow().attainment().exactValue()).contains(Rational.ZERO);
        // team: 150,000 won of 200,000
        assertThat(byOwner.total().attainment().exactValue()).contains(Rational.of(3, 4));
        assertThat(byOwner.total()).isEqualTo(QuotaAttainment.of(quotas(quotas), Q1));
        assertThat(QuotaAttainment.of(quotas(List.of(new Quota("ben", Q1, usd(0)))), Q1).attainment().isDefined())
                .isFalse();
        // A quota belongs to the period that holds its first day: none of these is a quota of the second quarter,
        // but every owner found among the quotas is a group.
        Breakdown<String, QuotaAttainment> q2 = QuotaAttainment.by(quotas(quotas), Period.quarter(2026, 2),
                Quota::owner);
        assertThat(q2.groups().keySet()).containsExactly("ana", "ben", "cai");
        assertThat(q2.total()).isEqualTo(QuotaAttainment.empty(USD));
    }

    @Test
    void attainmentMergesOverQuotas() {
        Random random = new Random(3);
        List<Quota> quotas = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            quotas.add(new Quota(i % 2 == 0 ? "ana" : "ben", Period.month(2026, 1 + random.nextInt(12)),
                    usd(random.nextInt(100_000))));
        }
        Period year = Period.year(2026);
        MergeLaws.assertMergeable(quotas, list -> QuotaAttainment.of(quotas(list), year), QuotaAttainment.empty(USD));
        QuotaAttainment whole = QuotaAttainment.empty(USD);
        for (Quota q : quotas) {
            whole = whole.combine(QuotaAttainment.of(quotas(List.of(q)), year));
        }
        assertThat(QuotaAttainment.of(quotas(quotas), year)).isEqualTo(whole);
        // The months of the year partition its quotas.
        assertThat(QuotaAttainment.series(quotas(quotas), year, Granularity.MONTH).values().stream()
                .reduce(QuotaAttainment::combine)).contains(whole);
    }

    @Test
    void badQuotasAreRejected() {
        assertThatThrownBy(() -> new Quota("ana", Q1, usd(-1))).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new Quota(" ", Q1, usd(1))).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> QuotaAttainment.of(quotas(List.of(new Quota("ana", Q1, Money.parse("EUR 1.00")))),
                Q1)).isInstanceOf(io.github.revops.money.CurrencyMismatchException.class);
    }
}
