package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte dictionaries of the column reader (docs/decisions/0055) against the String path they replace: a column's
 * {@link TextCache} gives for a cell's bytes the String that decoding them gives, one instance per distinct value
 * while it caches, and {@link ByteIds} finds the same earlier lines as {@link UniqueIds} finds on the Strings. Values
 * are multi-byte UTF-8 text, values that differ only in their last byte, and values of one String hash ("Aa" and
 * "BB", "AaAa" and "BBBB").
 */
class ByteDictionaryPropertyTest {

    private static final List<String> ALPHABET = List.of("A", "a", "B", "b", "1", "2", " ", "é", "中", "\uD83D\uDE00",
            "Agent ", "Won", "Aa", "BB");

    @Test
    void aColumnsCacheGivesTheDecodedTextOneInstanceAValue() {
        qt().forAll(lists().of(values()).ofSizeBetween(1, 200)).checkAssert(values -> {
            TextCache cache = new TextCache();
            Window window = new Window(values);
            Map<String, String> first = new HashMap<>();
            for (int k = 0; k < values.size(); k++) {
                String text = cache.text(window.bytes, window.from(k), window.to(k));
                assertThat(text).isEqualTo(values.get(k));
                String earlier = first.putIfAbsent(text, text);
                assertThat(earlier == null || earlier == text).as("one instance of '" + text + "'").isTrue();
            }
        });
    }

    @Test
    void valuesOfOneHashAndValuesDifferingInTheirLastByteStayApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        List<String> values = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "Agent 1", "Agent 2", "Agent 1",
                "é", "è", "中", "丫", "BB", "Aa");
        TextCache cache = new TextCache();
        Window window = new Window(values);
        Map<String, String> instances = new IdentityHashMap<>();
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            String text = cache.text(window.bytes, window.from(k), window.to(k));
            texts.add(text);
            instances.put(text, text);
        }
        assertThat(texts).isEqualTo(values);
        assertThat(instances).hasSize(12);
    }

    @Test
    void byteIdsFindTheEarlierLinesUniqueIdsFinds() {
        qt().forAll(lists().of(values()).ofSizeBetween(1, 300)).checkAssert(values -> {
            UniqueIds strings = new UniqueIds();
            ByteIds bytes = new ByteIds();
            Window window = new Window(values);
            for (int k = 0; k < values.size(); k++) {
                String id = values.get(k);
                long line = k + 2;
                assertThat(bytes.earlierLine(window.bytes, window.from(k), window.to(k), id.hashCode(), line))
                        .as(id).isEqualTo(strings.earlierLine(id, line));
            }
        });
    }

    @Test
    void theHashOfAsciiBytesIsTheHashOfTheirText() {
        qt().forAll(lists().of(integers().between(0x20, 0x7E)).ofSizeBetween(0, 40)).checkAssert(codes -> {
            StringBuilder text = new StringBuilder();
            codes.forEach(c -> text.appendCodePoint(c));
            byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);
            assertThat(ByteIds.hash(bytes, 1, bytes.length - 1)).isEqualTo(text.toString().hashCode());
        });
    }

    private static Gen<String> values() {
        return lists().of(integers().between(0, ALPHABET.size() - 1).map(ALPHABET::get)).ofSizeBetween(1, 4)
                .map(parts -> String.join("", parts));
    }

    /** The values' UTF-8 bytes one after the other, separated by commas, as a window of the parser holds them. */
    private static final class Window {
        final byte[] bytes;
        private final int[] froms;
        private final int[] tos;

        Window(List<String> values) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            froms = new int[values.size()];
            tos = new int[values.size()];
            for (int k = 0; k < values.size(); k++) {
                out.write(',');
                froms[k] = out.size();
                out.writeBytes(values.get(k).getBytes(StandardCharsets.UTF_8));
                tos[k] = out.size();
            }
            bytes = out.toByteArray();
        }

        int from(int k) {
            return froms[k];
        }

        int to(int k) {
            return tos[k];
        }
    }
}
