package io.github.revops.result;

import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text forms of the results that group others, {@link Breakdown} and {@link TimeSeries}: each part's own text,
 * the total, short period labels, and at most twenty items on one line.
 */
class ResultTextTest {

    @Test
    void breakdown_listsEachGroupAndTheTotal() {
        Breakdown<String, Ratio> perOwner = Breakdown.of(Map.of("ana", Ratio.of(5, 8), "ben", Ratio.of(7, 12),
                "cai", Ratio.EMPTY), String::compareTo, Ratio.EMPTY);
        // 5/8 = 62.5 %, 7/12 = 58.333... %, total 12/20 = 60 %
        assertThat(perOwner).hasToString("Breakdown{ana=5/8 (62.50 %), ben=7/12 (58.33 %), cai=0/0 (undefined);"
                + " total 12/20 (60.00 %)}");
        assertThat(Breakdown.of(Map.<String, Ratio>of(), String::compareTo, Ratio.EMPTY))
                .hasToString("Breakdown{; total 0/0 (undefined)}");
    }

    @Test
    void breakdown_ofManyGroups_listsTwentyAndCountsTheRest() {
        Map<String, Ratio> groups = new TreeMap<>();
        for (int i = 0; i < 1000; i++) {
            groups.put(String.format("t%04d", i), Ratio.of(1, 2));
        }
        String text = Breakdown.of(groups, String::compareTo, Ratio.EMPTY).toString();
        String first = IntStream.range(0, 20).mapToObj(i -> String.format("t%04d=1/2 (50.00 %%)", i))
                .collect(Collectors.joining(", "));
        assertThat(text).isEqualTo("Breakdown{" + first + ", ... and 980 more groups; total 1000/2000 (50.00 %)}");
    }

    @Test
    void timeSeries_labelsEachPeriodShortly() {
        TimeSeries<Ratio> monthly = TimeSeries.of(Period.quarter(2017, 3), Granularity.MONTH,
                month -> Ratio.of(month.start().getMonthValue(), 10));
        assertThat(monthly).hasToString("TimeSeries{2017-07: 7/10 (70.00 %), 2017-08: 8/10 (80.00 %),"
                + " 2017-09: 9/10 (90.00 %)}");
        assertThat(monthly.points().get(0)).hasToString("2017-07: 7/10 (70.00 %)");
        TimeSeries<DayAverage> clipped = TimeSeries.of(Period.parse("2024-01-15/2024-03-01"), Granularity.MONTH,
                month -> DayAverage.of(1, month.lengthInDays()));
        assertThat(clipped).hasToString("TimeSeries{2024-01-15/2024-02-01: 17.00 days (17 days / 1),"
                + " 2024-02: 29.00 days (29 days / 1)}");
    }

    @Test
    void timeSeries_ofManyPeriods_listsTwentyAndCountsTheRest() {
        TimeSeries<Ratio> daily = TimeSeries.of(Period.year(2024), Period::day, day -> Ratio.of(1, 1));
        String text = daily.toString();
        assertThat(daily.points()).hasSize(366);
        assertThat(text).startsWith("TimeSeries{2024-01-01/2024-01-02: 1/1 (100.00 %), ")
                .endsWith(", 2024-01-20/2024-01-21: 1/1 (100.00 %), ... and 346 more periods}");
        assertThat(text.split("\\(100\\.00 %\\)", -1)).hasSize(21);
        assertThat(text).hasSizeLessThan(1_000);
    }
}
