package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The snapshot rule against a brute-force reading of it, on random submission histories. */
class ForecastSnapshotPropertyTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);
    private static final String[] REPS = {"ana", "ben", "cai"};
    private static final Period[] PERIODS = {Period.quarter(2026, 1), Period.quarter(2026, 2)};
    private static final Period FIRST_HALF = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));

    /** Random submissions (rep, period, day, category), one per key and day. */
    private static Gen<List<ForecastSubmission>> histories() {
        return lists().of(integers().between(0, 3 * 2 * 120 * 3 - 1)).ofSizeBetween(0, 40).map(codes -> {
            List<ForecastSubmission> out = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (int code : codes) {
                if (seen.add(code)) {
                    int c = code;
                    String rep = REPS[c % 3];
                    c /= 3;
                    Period period = PERIODS[c % 2];
                    c /= 2;
                    LocalDate day = DAY0.plusDays(c % 120);
                    ForecastCategory category = ForecastCategory.values()[c / 120];
                    out.add(new ForecastSubmission("F" + code, rep, period, day, category,
                            Money.ofMinor("USD", code)));
                }
            }
            return out;
        });
    }

    @Test
    void theLatestSubmissionOnOrBeforeTheAsOfDateCounts() {
        qt().forAll(histories(), integers().between(0, 130)).check((submissions, offset) -> {
            LocalDate asOf = DAY0.plusDays(offset);
            ForecastSnapshot s = ForecastSnapshot.of(ForecastInput.of(submissions, List.of()), FIRST_HALF,
                    ForecastCategory.COMMIT, asOf, ReportingCurrency.of(Money.currency("USD")));
            List<String> expected = new ArrayList<>();
            for (String rep : REPS) {
                for (Period period : PERIODS) {
                    Optional<ForecastSubmission> latest = submissions.stream()
                            .filter(f -> f.category() == ForecastCategory.COMMIT && f.submitter().equals(rep)
                                    && f.period().equals(period) && !f.submittedDate().isAfter(asOf))
                            .max(Comparator.comparing(ForecastSubmission::submittedDate));
                    latest.ifPresent(f -> expected.add(f.id()));
                }
            }
            long commits = submissions.stream().filter(f -> f.category() == ForecastCategory.COMMIT).count();
            long after = submissions.stream().filter(f -> f.category() == ForecastCategory.COMMIT
                    && f.submittedDate().isAfter(asOf)).count();
            return s.forecasts().stream().map(f -> f.submission().id()).toList().equals(expected)
                    && s.afterAsOf().size() == after
                    && s.superseded().size() == commits - after - expected.size()
                    && s.accuracy().count() == expected.size();
        });
    }
}
