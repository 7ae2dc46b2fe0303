package io.github.revops.examples.report;

import io.github.revops.domain.Deal;
import io.github.revops.domain.StageEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether deals carry a stage history worth a funnel, and which stages it has in which order.
 *
 * <p>A history of two entries (the deal entered the pipeline, then closed) is what an export with one row per deal
 * and its current stage yields; a funnel of it would only repeat the win rate, so the report shows stage conversion
 * only when some deal passed through at least {@value #MIN_ENTRIES} entries. The funnel's stages are:
 * <ol>
 *   <li>the working stages (any stage that is not only ever the last entry of a closed deal), ordered by the mean
 *       position of their first entry in the histories, ties by name;</li>
 *   <li>then the closing stages of won deals (such as "Closed Won"): reaching one is the funnel's goal.</li>
 * </ol>
 * The closing stages of lost deals are left out, so a deal that enters one ends its visit without advancing.
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
        if (deals.stream().noneMatch(d -> d.stageHistory().size() >= MIN_ENTRIES)) {
            return Optional.empty();
        }
        Map<String, long[]> positions = new HashMap<>();
        Set<String> working = new HashSet<>();
        Set<String> wonClosing = new HashSet<>();
        for (Deal deal : deals) {
            List<StageEntry> history = deal.stageHistory();
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                String stage = history.get(i).stage();
                boolean closing = i == history.size() - 1 && !deal.isOpen();
                if (!closing) {
                    working.add(stage);
                } else if (deal.isWon()) {
                    wonClosing.add(stage);
                }
                if (!seen.contains(stage)) {
                    long[] sumAndCount = positions.computeIfAbsent(stage, s -> new long[2]);
                    sumAndCount[0] += seen.size();
                    sumAndCount[1]++;
                    seen.add(stage);
                }
            }
        }
        Comparator<String> order = Comparator.<String>comparingDouble(s -> (double) positions.get(s)[0]
                / positions.get(s)[1]).thenComparing(Comparator.naturalOrder());
        List<String> funnel = new ArrayList<>(working);
        funnel.sort(order);
        List<String> goals = new ArrayList<>(wonClosing);
        goals.removeAll(working);
        goals.sort(order);
        funnel.addAll(goals);
        return Optional.of(List.copyOf(funnel));
    }
}
