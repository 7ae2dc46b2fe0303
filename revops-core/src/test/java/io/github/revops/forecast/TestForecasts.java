package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small builders for forecast tests. */
final class TestForecasts {

    static final Period Q1 = Period.quarter(2026, 1);

    private TestForecasts() {
    }

    static Money usd(long minor) {
        return Money.ofMinor("USD", minor);
    }

    static ExactMoney exactUsd(long minor) {
        return usd(minor).toExact();
    }

    static ForecastSubmission commit(String id, String submitter, LocalDate submitted, long minor) {
        return new ForecastSubmission(id, submitter, Q1, submitted, ForecastCategory.COMMIT, usd(minor));
    }

    static Deal won(String id, String owner, LocalDate closed, long minor) {
        return Deal.builder(id).customer("C-" + id).owner(owner).source("web").amount(usd(minor))
                .created(closed.minusDays(30)).won(closed).build();
    }

    /** Forecasts F against actuals A (minor units), one submitter each: r0, r1, ... */
    static List<ScoredForecast> scored(long[] forecasts, long[] actuals) {
        List<ScoredForecast> out = new ArrayList<>();
        for (int i = 0; i < forecasts.length; i++) {
            out.add(ScoredForecast.of(commit("F-" + i, "r" + i, Q1.start(), forecasts[i]), usd(actuals[i])));
        }
        return out;
    }
}
