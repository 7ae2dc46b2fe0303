package io.github.revops.funnel;

import io.github.revops.internal.BoundedText;
import io.github.revops.internal.StageNames;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The ordered stages of a buyer lifecycle, from the first touch to the customer: the funnel every metric of this
 * package reads contacts through.
 *
 * <p>Stage names are matched exactly against the names of a {@link io.github.revops.domain.Contact}'s stage dates;
 * a contact's date for a stage not listed here is ignored. {@link #HUBSPOT} is HubSpot's default lifecycle up to the
 * customer; any other order is {@code LifecycleStages.of("Lead", "MQL", "SQL", "Won")}.
 * <pre>{@code
 * LifecycleStages stages = LifecycleStages.HUBSPOT;
 * stages.size();                               // 6: Subscriber, Lead, ..., Opportunity, Customer
 * stages.indexOf("Marketing Qualified Lead");   // 2
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LifecycleStages {

    /** The most stages a lifecycle has: a cohort funnel of n stages keeps n(n-1)/2 transitions. */
    private static final int MAX_STAGES = 100;

    /**
     * HubSpot's default lifecycle stages in their order, as HubSpot labels them: Subscriber, Lead, Marketing
     * Qualified Lead, Sales Qualified Lead, Opportunity, Customer. (HubSpot's Evangelist and Other are left out:
     * they follow the purchase or stand outside the funnel.)
     */
    public static final LifecycleStages HUBSPOT = of("Subscriber", "Lead", "Marketing Qualified Lead",
            "Sales Qualified Lead", "Opportunity", "Customer");

    private final List<String> names;
    private final Map<String, Integer> index;

    private LifecycleStages(List<String> names, Map<String, Integer> index) {
        this.names = names;
        this.index = index;
    }

    /**
     * Obtains the stages in funnel order.
     *
     * @param names  the stage names, first to last, 1 to 100 of them, none blank or repeated, not null
     * @return the stages, never null
     * @throws IllegalArgumentException if no name is given or more than 100, or a name is blank or repeated
     */
    public static LifecycleStages of(String... names) {
        return of(Arrays.asList(Objects.requireNonNull(names, "names")));
    }

    /**
     * Obtains the stages in funnel order.
     *
     * @param names  the stage names, first to last, 1 to 100 of them, none blank or repeated, not null
     * @return the stages, never null
     * @throws IllegalArgumentException if the list is empty or longer than 100 stages (a cohort funnel keeps a
     *     transition per pair of stages), or a name is blank or repeated
     */
    public static LifecycleStages of(List<String> names) {
        Objects.requireNonNull(names, "names");
        if (names.size() > MAX_STAGES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "stages (%,d names) must be at most %d",
                    names.size(), MAX_STAGES));
        }
        Map<String, Integer> positions = StageNames.positions(names);
        return new LifecycleStages(List.copyOf(names), positions);
    }

    /**
     * Returns the stage names, first to last.
     *
     * @return the names, unmodifiable, never null
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the number of stages.
     *
     * @return the size, at least 1
     */
    public int size() {
        return names.size();
    }

    /**
     * Returns the name of the stage at a position.
     *
     * @param position  the position, 0 for the first stage
     * @return the name, never null
     * @throws IndexOutOfBoundsException if there is no such position
     */
    public String name(int position) {
        return names.get(position);
    }

    /**
     * Returns the position of a stage.
     *
     * @param name  the stage's name, not null
     * @return the position, 0 for the first stage
     * @throws IllegalArgumentException if the stage is not listed
     */
    public int indexOf(String name) {
        Integer k = index.get(Objects.requireNonNull(name, "name"));
        if (k == null) {
            throw new IllegalArgumentException("stage ('" + BoundedText.of(name) + "') is not one of "
                    + StageNames.shown(names));
        }
        return k;
    }

    /**
     * Checks if a stage is listed.
     *
     * @param name  the stage's name, not null
     * @return true when the stage is one of these
     */
    public boolean contains(String name) {
        return index.containsKey(Objects.requireNonNull(name, "name"));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LifecycleStages other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    /**
     * Returns the names in order, such as {@code "[Lead, MQL, Customer]"}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return names.toString();
    }
}
