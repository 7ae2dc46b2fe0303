package io.github.revops.pipeline;

import io.github.revops.domain.Deal;

import java.util.Objects;
import java.util.function.Function;

/**
 * Group keys for segmenting deals that a method reference cannot express: a segment attribute.
 *
 * <p>Owner, source and type are method references ({@code Deal::owner}, {@code Deal::source}, {@code Deal::type});
 * a segment attribute such as the region is {@code DealKeys.segment("region")}.
 * <pre>{@code
 * Breakdown<String, WinRate> byRegion = WinRate.by(deals, Period.quarter(2017, 3), DealKeys.segment("region"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DealKeys {

    private DealKeys() {
    }

    /**
     * Returns a key that groups deals by a segment attribute, which every deal must have.
     *
     * @param name  the attribute's name, not null
     * @return the key, which throws {@link IllegalArgumentException} naming the deal when it lacks the attribute,
     *         never null
     */
    public static Function<Deal, String> segment(String name) {
        Objects.requireNonNull(name, "name");
        return deal -> deal.segment(name).orElseThrow(() -> new IllegalArgumentException(
                "deal '" + deal.id() + "' has no segment attribute '" + name + "' (segments " + deal.segments() + ")"));
    }

    /**
     * Returns a key that groups deals by a segment attribute, with a group for the deals that lack it.
     *
     * @param name  the attribute's name, not null
     * @param missing  the group of the deals without the attribute, not null
     * @return the key, never null
     */
    public static Function<Deal, String> segment(String name, String missing) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(missing, "missing");
        return deal -> deal.segment(name).orElse(missing);
    }
}
