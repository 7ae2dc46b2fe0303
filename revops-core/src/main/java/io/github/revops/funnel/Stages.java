package io.github.revops.funnel;

import io.github.revops.result.Mergeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the funnel results share about their per-stage lists: finding a stage, merging, building the counts. */
final class Stages {

    private Stages() {
    }

    /** The position of a stage in a result's list, found by name. */
    static int position(List<StageReach> stages, String stage) {
        Objects.requireNonNull(stage, "stage");
        for (int k = 0; k < stages.size(); k++) {
            if (stages.get(k).stage().equals(stage)) {
                return k;
            }
        }
        throw new IllegalArgumentException("stage ('" + stage + "') is not one of "
                + stages.stream().map(StageReach::stage).toList());
    }

    /** The positions {from, to} of two stages of a result's list, the second after the first. */
    static int[] ordered(List<StageReach> stages, String from, String to) {
        int a = position(stages, from);
        int b = position(stages, to);
        if (b <= a) {
            throw new IllegalArgumentException("to ('" + to + "') must be a stage after from ('" + from + "')");
        }
        return new int[] {a, b};
    }

    /** Merges two lists element by element; an empty list is the identity. */
    static <T extends Mergeable<T>> List<T> combine(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("cannot combine funnels of " + a.size() + " and " + b.size()
                    + " entries");
        }
        List<T> merged = new ArrayList<>(a.size());
        for (int k = 0; k < a.size(); k++) {
            merged.add(a.get(k).combine(b.get(k)));
        }
        return merged;
    }

    /** Adds another accumulator's counts into these, checking for overflow. */
    static void addExact(long[] counts, long[] other) {
        for (int k = 0; k < counts.length; k++) {
            counts[k] = Math.addExact(counts[k], other[k]);
        }
    }

    /** The entries into each stage from the counts of an accumulator. */
    static List<StageReach> reaches(LifecycleStages stages, long[] reached, long[] skipped) {
        List<StageReach> result = new ArrayList<>(stages.size());
        for (int k = 0; k < stages.size(); k++) {
            result.add(new StageReach(stages.name(k), reached[k], skipped[k]));
        }
        return result;
    }
}
