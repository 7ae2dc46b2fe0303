package io.github.revops.json;

import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Period;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the generic results: a breakdown is its groups (key and value, in key order) and its total; a time
 * series is its points (period and value, in time order).
 */
final class GroupShapes {

    private GroupShapes() {
    }

    /**
     * A breakdown: {@code {"groups": [{"key": k, "value": v}, ...], "total": t}}. Read back with the keys' natural
     * order (every revops breakdown has it) and the identity of the value type shaped like the total, so
     * {@code total()} works as before; the total must equal the combine of the groups.
     */
    static <K, R extends Mergeable<R>> Codec<Breakdown<K, R>> breakdown(Codec<K> key, Codec<R> value) {
        Codec<Map.Entry<K, R>> group = ObjectCodec.of("Breakdown group",
                (g, out) -> out.put("key", key, g.getKey()).put("value", value, g.getValue()),
                in -> Map.entry(in.get("key", key), in.get("value", value)));
        Codec<List<Map.Entry<K, R>>> groups = Containers.list(group);
        return ObjectCodec.<Breakdown<K, R>>of("Breakdown",
                (b, out) -> out.put("groups", groups, List.copyOf(b.groups().entrySet()))
                        .put("total", value, b.total()),
                in -> readBreakdown(in, groups, value))
                .combining(sample -> Breakdown.of(Map.of(), naturalOrder(), value.identity(sample.total())));
    }

    private static <K, R extends Mergeable<R>> Breakdown<K, R> readBreakdown(
            ObjectIn in, Codec<List<Map.Entry<K, R>>> groupsCodec, Codec<R> value) {
        List<Map.Entry<K, R>> groups = in.get("groups", groupsCodec);
        R total = in.get("total", value);
        Map<K, R> byKey = new LinkedHashMap<>();
        for (Map.Entry<K, R> g : groups) {
            if (byKey.put(g.getKey(), g.getValue()) != null) {
                throw in.node().fail("groups has the key " + Shown.of(String.valueOf(g.getKey())) + " twice");
            }
        }
        Breakdown<K, R> breakdown = Breakdown.of(byKey, naturalOrder(), value.identity(total));
        if (!breakdown.total().equals(total)) {
            throw in.node().fail("total is not the combine of the groups (" + Shown.of(String.valueOf(
                    breakdown.total())) + ")");
        }
        return breakdown;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the keys of a revops breakdown are Comparable; others fail here
    private static <K> Comparator<K> naturalOrder() {
        return (Comparator) Comparator.naturalOrder();
    }

    /** A time series: {@code {"points": [{"period": p, "value": v}, ...]}}. */
    static <R> Codec<TimeSeries<R>> timeSeries(Codec<R> value) {
        Codec<List<TimeSeries.Point<R>>> points = Containers.list(point(value));
        return ObjectCodec.of("TimeSeries",
                (s, out) -> out.put("points", points, s.points()),
                in -> new TimeSeries<>(in.get("points", points)));
    }

    /** A point of a time series: {@code {"period": p, "value": v}}. */
    static <R> Codec<TimeSeries.Point<R>> point(Codec<R> value) {
        return ObjectCodec.of("TimeSeries.Point",
                (p, out) -> out.put("period", Scalars.PERIOD, p.period()).put("value", value, p.value()),
                in -> {
                    Period period = in.get("period", Scalars.PERIOD);
                    return new TimeSeries.Point<>(period, in.get("value", value));
                });
    }
}
