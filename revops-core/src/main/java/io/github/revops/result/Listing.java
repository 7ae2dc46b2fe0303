package io.github.revops.result;

import java.util.Collection;
import java.util.function.Function;

/**
 * Joins the items of a result's text form, at most {@value #MOST} of them, so that a result over thousands of groups,
 * periods or values prints one readable line: the first items, then how many more there are.
 */
final class Listing {

    /** The most items a text form lists. */
    static final int MOST = 20;

    private Listing() {
    }

    /**
     * Joins the first {@value #MOST} items with {@code ", "}, then {@code ", ... and N more <what>"} when there are
     * more.
     *
     * @param <T>  the item type
     * @param items  the items, in order, not null
     * @param text  the text of an item, not null
     * @param what  the name of the items, plural, such as {@code "groups"}, not null
     * @return the joined text, never null
     */
    static <T> String join(Collection<T> items, Function<? super T, String> text, String what) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (T item : items) {
            if (shown == MOST) {
                return out.append(", ... and ").append(items.size() - MOST).append(" more ").append(what).toString();
            }
            out.append(shown == 0 ? "" : ", ").append(text.apply(item));
            shown++;
        }
        return out.toString();
    }
}
