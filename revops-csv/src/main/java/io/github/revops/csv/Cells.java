package io.github.revops.csv;

/**
 * The values of one parsed CSV record, whichever parser read it: Commons CSV ({@link #of}) or the byte parser of
 * the column reader. Valid until the parser reads the next record.
 */
interface Cells {

    /** Returns the number of values. */
    int size();

    /** Returns a value as the file holds it (quotes removed), untrimmed. */
    String get(int index);

    /** Checks if a value is empty or only blanks. */
    default boolean isBlank(int index) {
        return get(index).isBlank();
    }

    /** Wraps a record of Commons CSV. */
    static Cells of(org.apache.commons.csv.CSVRecord record) {
        return new Cells() {
            @Override
            public int size() {
                return record.size();
            }

            @Override
            public String get(int index) {
                return record.get(index);
            }
        };
    }
}
