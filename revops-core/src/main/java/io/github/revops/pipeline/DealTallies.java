package io.github.revops.pipeline;

import io.github.revops.money.CurrencyMismatchException;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Checks across the tallies of one result. */
final class DealTallies {

    private DealTallies() {
    }

    /** Throws when two tallies carry amounts in different currencies. */
    static void checkOneCurrency(DealTally... tallies) {
        Currency seen = null;
        for (DealTally tally : tallies) {
            if (tally.amount().isPresent()) {
                Currency c = tally.amount().get().currency();
                if (seen == null) {
                    seen = c;
                } else if (!seen.equals(c)) {
                    throw new CurrencyMismatchException(seen, c);
                }
            }
        }
    }

    /** The currency of the first tally that has one. */
    static Optional<Currency> currency(List<DealTally> tallies) {
        return tallies.stream().flatMap(t -> t.currency().stream()).findFirst();
    }
}
