package io.github.revops.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids an import has accepted so far, with the line of each, to refuse a second record with the same id where
 * it is read (file and line) rather than later, in a metric, without either. It holds each distinct id, so its
 * memory grows with the records (about 100 bytes an id besides the id's text); a reader can turn it off. Any
 * reader of the package uses it; not thread-safe.
 */
final class UniqueIds {

    private final Map<String, Long> firstLines = new HashMap<>();

    /**
     * Records an id, or finds its earlier line.
     *
     * @param id  the record's id
     * @param line  the line of the record
     * @return the line of the earlier record with that id, or 0 when the id is new (and now recorded)
     */
    long earlierLine(String id, long line) {
        Long earlier = firstLines.putIfAbsent(id, line);
        return earlier == null ? 0 : earlier;
    }

    /**
     * Says why a record with an id already read is a bad row.
     *
     * @param earlierLine  the line of the record read first
     * @return the reason, never null
     */
    static String duplicate(long earlierLine) {
        return "duplicate id: the record on line " + earlierLine + " has it too";
    }
}
