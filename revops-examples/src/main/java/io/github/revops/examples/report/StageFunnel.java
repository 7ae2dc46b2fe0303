package io.github.revops.examples.report;

import io.github.revops.domain.Deal;
import io.github.revops.domain.StageEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether deals carry a stage history worth a funnel, and in which order their stages come.
 *
 * <p>A history of two entries (the deal entered the pipeline, then closed) is what an export with one row per deal
 * and its current stage yields; a funnel of it would only repeat the win rate, so the report shows stage conversion
 * only when some deal passed through at least {@value #MIN_ENTRIES} entries. The stages are then ordered by the mean
 * position of their first entry in the histories (ties by name).
 */
public final class StageFunnel {

    /** The fewest history entries of one deal that make a funnel. */
    public static final int MIN_ENTRIES = 3;

    private StageFunnel() {
    }

    /**
     * Returns the stages of a funnel of the deals, in pipeline order.
     *
     * @param deals  the deals, not null
     * @return the stages, or empty when no deal has a history of at least {@value #MIN_ENTRIES} entries
     */
    public static Optional<List<String>> stages(List<Deal> deals) {
        boolean enough = deals.stream().anyMatch(d -> d.stageHistory().size() >= MIN_ENTRIES);
        if (!enough) {
            return Optional.empty();
        }
        Map<String, long[]> positions = new HashMap<>();
        for (Deal deal : deals) {
            List<StageEntry> history = deal.stageHistory();
            List<String> seen = new ArrayList<>();
            for (StageEntry entry : history) {
                if (!seen.contains(entry.stage())) {
                    long[] sumAndCount = positions.computeIfAbsent(entry.stage(), s -> new long[2]);
                    sumAndCount[0] += seen.size();
                    sumAndCount[1]++;
                    seen.add(entry.stage());
                }
            }
        }
        List<String> stages = new ArrayList<>(positions.keySet());
        stages.sort(Comparator.<String>comparingDouble(s -> (double) positions.get(s)[0] / positions.get(s)[1])
                .thenComparing(Comparator.naturalOrder()));
        return Optional.of(List.copyOf(stages));
    }
}
