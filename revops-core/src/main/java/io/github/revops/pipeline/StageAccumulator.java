package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.StageEntry;
import io.github.revops.internal.RecordAccumulator;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mutable accumulator behind {@link StageConversion}. Per deal it walks the visible stage history once, into
 * scratch arrays reused from deal to deal, so it allocates nothing per deal.
 */
final class StageAccumulator implements RecordAccumulator<Deal, StageAccumulator, StageConversion> {

    private static final long NONE = Long.MAX_VALUE;

    private final List<String> stages;
    private final Map<String, Integer> index;
    private final long start;
    private final long end;
    private final LocalDate asOf;

    private final long[] reached;
    private final long[] skipped;
    private final long[] advanced;
    private final long[] censored;
    private final DayHistogram.Builder[] timeInStage;

    // scratch, per deal: first visible entry (epoch day) of each stage, days in it, whether its last visit is open
    private final long[] firstEntry;
    private final long[] reachedOn;
    private final long[] daysIn;
    private final boolean[] open;

    StageAccumulator(List<String> stages, Map<String, Integer> index, Period period, LocalDate asOf) {
        this.stages = stages;
        this.index = index;
        this.start = period.start().toEpochDay();
        this.end = period.end().toEpochDay();
        this.asOf = asOf;
        int n = stages.size();
        reached = new long[n];
        skipped = new long[n];
        advanced = new long[n];
        censored = new long[n];
        timeInStage = new DayHistogram.Builder[n];
        for (int k = 0; k < n; k++) {
            timeInStage[k] = DayHistogram.builder();
        }
        firstEntry = new long[n];
        reachedOn = new long[n];
        daysIn = new long[n];
        open = new boolean[n];
    }

    @Override
    public void add(Deal deal) {
        walk(deal.stageHistory());
        int n = stages.size();
        long reach = NONE;
        for (int k = n - 1; k >= 0; k--) {
            reach = Math.min(reach, firstEntry[k]);
            reachedOn[k] = reach;
        }
        for (int k = 0; k < n; k++) {
            long on = reachedOn[k];
            if (on == NONE || on < start || on >= end) {
                continue;
            }
            reached[k]++;
            if (k + 1 < n && reachedOn[k + 1] != NONE) {
                advanced[k]++;
            }
            if (firstEntry[k] == NONE) {
                skipped[k]++;
            } else if (open[k]) {
                censored[k]++;
            } else {
                timeInStage[k].add(Math.toIntExact(daysIn[k]));
            }
        }
    }

    /** Fills the scratch arrays from the entries visible at the as-of date. */
    private void walk(List<StageEntry> history) {
        Arrays.fill(firstEntry, NONE);
        Arrays.fill(daysIn, 0);
        Arrays.fill(open, false);
        String previous = null;
        int previousIndex = -1;
        long visitStart = 0;
        for (int i = 0; i < history.size(); i++) {
            StageEntry entry = history.get(i);
            if (entry.entered().isAfter(asOf)) {
                break; // the history is in date order: every later entry is invisible too
            }
            long day = entry.entered().toEpochDay();
            if (entry.stage().equals(previous)) {
                continue; // a repeated entry of the same stage continues the visit
            }
            if (previousIndex >= 0) {
                daysIn[previousIndex] += day - visitStart;
                open[previousIndex] = false;
            }
            Integer k = index.get(entry.stage());
            previous = entry.stage();
            previousIndex = k == null ? -1 : k;
            visitStart = day;
            if (previousIndex >= 0) {
                open[previousIndex] = true;
                if (firstEntry[previousIndex] == NONE) {
                    firstEntry[previousIndex] = day;
                }
            }
        }
    }

    @Override
    public StageAccumulator addAll(StageAccumulator other) {
        for (int k = 0; k < stages.size(); k++) {
            reached[k] += other.reached[k];
            skipped[k] += other.skipped[k];
            advanced[k] += other.advanced[k];
            censored[k] += other.censored[k];
            timeInStage[k].addAll(other.timeInStage[k]);
        }
        return this;
    }

    @Override
    public StageConversion result() {
        int n = stages.size();
        List<StageStats> result = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Optional<String> next = k + 1 < n ? Optional.of(stages.get(k + 1)) : Optional.empty();
            result.add(new StageStats(stages.get(k), next, reached[k], skipped[k], advanced[k],
                    timeInStage[k].build(), censored[k]));
        }
        return new StageConversion(result);
    }
}
