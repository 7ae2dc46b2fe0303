package io.github.revops.csv;

import java.time.LocalDate;

/**
 * The years a date in a file may fall in (docs/decisions/0100): 1900 to 2199 unless a reader sets others. A date
 * outside them (a typo such as {@code 20177-01-01}, a placeholder such as {@code 9999-12-31}) is a bad row rather
 * than a record that makes every later range span millennia. Any reader of the package uses it.
 *
 * @param first  the first year accepted
 * @param last  the last year accepted, not before first
 */
record AcceptedYears(int first, int last) {

    /** The first year a reader accepts unless set. */
    static final int DEFAULT_FIRST = 1900;
    /** The last year a reader accepts unless set. */
    static final int DEFAULT_LAST = 2199;
    /** The years a reader accepts unless set. */
    static final AcceptedYears DEFAULT = new AcceptedYears(DEFAULT_FIRST, DEFAULT_LAST);

    AcceptedYears {
        if (first < LocalDate.MIN.getYear() || last > LocalDate.MAX.getYear() || first > last) {
            throw new IllegalArgumentException("yearRange (" + first + " to " + last + ") must be two years in "
                    + LocalDate.MIN.getYear() + " to " + LocalDate.MAX.getYear() + ", the first not after the last");
        }
    }

    /**
     * Returns the date when its year is accepted.
     *
     * @throws IllegalArgumentException with the reason if it is not
     */
    LocalDate check(LocalDate date) {
        if (date.getYear() < first || date.getYear() > last) {
            throw new IllegalArgumentException("is outside the years " + first + " to " + last + " a date may have"
                    + " (set yearRange on the reader to accept it)");
        }
        return date;
    }
}
