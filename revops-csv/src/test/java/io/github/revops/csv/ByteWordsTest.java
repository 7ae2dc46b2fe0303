package io.github.revops.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The text cache's words (docs/decisions/0059): {@link ByteWords#word} against the bytes read one at a time, at
 * every place of a cell and at the array's end, and {@link TextCache} against the decoded text where words alone
 * cannot tell cells apart: two different owners of one hash, cells whose words are equal but whose lengths are not,
 * multi-byte UTF-8 texts across a word's boundary, and empty cells.
 */
class ByteWordsTest {

    @Test
    void aWordIsItsBytesLittleEndianWithZerosPastTheCell() {
        qt().forAll(lists().of(integers().between(-128, 127)).ofSizeBetween(1, 40), integers().between(0, 39),
                integers().between(0, 40)).checkAssert((values, a, b) -> {
                    byte[] bytes = new byte[values.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = values.get(i).byteValue();
                    }
                    int from = Math.min(a, bytes.length - 1);
                    int to = Math.max(from + 1, Math.min(b, bytes.length));
                    for (int at = from; at < to; at += Long.BYTES) {
                        long expected = 0;
                        for (int i = Math.min(to, at + Long.BYTES) - 1; i >= at; i--) {
                            expected = expected << 8 | bytes[i] & 0xFF;
                        }
                        assertThat(ByteWords.word(bytes, at, to)).as("word at %d of [%d, %d)", at, from, to)
                                .isEqualTo(expected);
                    }
                });
    }

    @Test
    void wordsAtTheEndOfTheArrayReadNoBytePastIt() {
        byte[] bytes = "xyzAgent 7".getBytes(StandardCharsets.US_ASCII);
        // 'A' 'g' 'e' 'n' 't' ' ' '7' little-endian: the last byte read is the highest
        assertThat(ByteWords.word(bytes, 3, 10)).isEqualTo(0x37_20_74_6E_65_67_41L);
        assertThat(ByteWords.word(bytes, 9, 10)).isEqualTo('7');
        assertThat(ByteWords.word(bytes, 2, 10)).isEqualTo(0x37_20_74_6E_65_67_41_7AL);
        assertThat(ByteWords.word(bytes, 0, 3)).isEqualTo(0x7A_79_78L);
    }

    @Test
    void twoOwnersOfOneHashGetTheirOwnTextsAndEntries() {
        // found by a search over "Agent 0" to "Agent 99999": the first pair of one 32-bit hash
        byte[] line = utf8("Agent 41160,Agent 77816");
        assertThat(ByteWords.hash(line, 0, 11)).isEqualTo(ByteWords.hash(line, 12, 23)).isEqualTo(-1_940_293_107);
        TextCache cache = new TextCache();
        String first = cache.text(line, 0, 11);
        String second = cache.text(line, 12, 23);
        assertThat(first).isEqualTo("Agent 41160");
        assertThat(second).isEqualTo("Agent 77816");
        assertThat(cache.lastEntry()).isEqualTo(1);
        assertThat(cache.text(line, 0, 11)).isSameAs(first);
        assertThat(cache.lastEntry()).isZero();
        assertThat(cache.text(line, 12, 23)).isSameAs(second);
        assertThat(cache.lastEntry()).isEqualTo(1);
    }

    @Test
    void twoLongTextsOfOneHashAndOneHeadAreToldApartByTheirTails() {
        // 29 bytes each: the same first 16 bytes and one 32-bit hash (found by a search as above)
        byte[] line = utf8("Owner with a long name 185143,Owner with a long name 205512");
        assertThat(ByteWords.hash(line, 0, 29)).isEqualTo(ByteWords.hash(line, 30, 59)).isEqualTo(2_117_188_901);
        TextCache cache = new TextCache();
        String first = cache.text(line, 0, 29);
        String second = cache.text(line, 30, 59);
        assertThat(first).isEqualTo("Owner with a long name 185143");
        assertThat(second).isEqualTo("Owner with a long name 205512");
        assertThat(cache.text(line, 30, 59)).isSameAs(second);
        assertThat(cache.lastEntry()).isEqualTo(1);
        assertThat(cache.text(line, 0, 29)).isSameAs(first);
        assertThat(cache.lastEntry()).isZero();
    }

    @Test
    void cellsOfEqualWordsAndOtherLengthsStayApart() {
        // "ab" and "ab" followed by a NUL byte have the same word 0x6261; the length tells them apart
        byte[] line = {'a', 'b', ',', 'a', 'b', 0, ',', 'a', 'b'};
        assertThat(ByteWords.word(line, 0, 2)).isEqualTo(ByteWords.word(line, 3, 6)).isEqualTo(0x6261L);
        TextCache cache = new TextCache();
        String ab = cache.text(line, 0, 2);
        String abNul = cache.text(line, 3, 6);
        assertThat(ab).isEqualTo("ab");
        assertThat(abNul).isEqualTo("ab\u0000");
        assertThat(cache.text(line, 7, 9)).isSameAs(ab);
        assertThat(cache.lastEntry()).isZero();
        assertThat(cache.text(line, 3, 6)).isSameAs(abNul);
        assertThat(cache.lastEntry()).isEqualTo(1);
    }

    @Test
    void multiByteTextsAcrossWordBoundariesAreDecodedAndShared() {
        List<String> texts = List.of("Müller-Lüdenscheidt", "Müller-Lüdenscheidß", "中文客户名称", "中文客户名稱",
                "\uD83D\uDE00 emoji owner", "é", "è", "Ana", "");
        StringBuilder joined = new StringBuilder();
        List<int[]> bounds = new ArrayList<>();
        for (String text : texts) {
            int from = utf8(joined.toString()).length;
            joined.append(text);
            bounds.add(new int[] {from, utf8(joined.toString()).length});
            joined.append(',');
        }
        byte[] line = utf8(joined.toString());
        TextCache cache = new TextCache();
        List<String> first = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            String text = cache.text(line, bounds.get(k)[0], bounds.get(k)[1]);
            assertThat(text).isEqualTo(texts.get(k));
            assertThat(cache.lastEntry()).as(texts.get(k)).isEqualTo(k);
            first.add(text);
        }
        for (int k = texts.size() - 1; k >= 0; k--) {
            assertThat(cache.text(line, bounds.get(k)[0], bounds.get(k)[1])).isSameAs(first.get(k));
            assertThat(cache.lastEntry()).as(texts.get(k)).isEqualTo(k);
        }
    }

    @Test
    void anEmptyCellIsOneTextOfItsOwn() {
        byte[] line = utf8(",,x");
        TextCache cache = new TextCache();
        String empty = cache.text(line, 0, 0);
        assertThat(empty).isEmpty();
        assertThat(cache.lastEntry()).isZero();
        assertThat(cache.text(line, 1, 1)).isSameAs(empty);
        assertThat(cache.text(line, 2, 3)).isEqualTo("x");
        assertThat(cache.lastEntry()).isEqualTo(1);
        assertThat(ByteWords.hash(line, 0, 0)).isEqualTo(ByteWords.hash(line, 1, 1))
                .isNotEqualTo(ByteWords.hash(line, 2, 3));
    }

    @Test
    void equalTextsAtOtherPlacesWithOtherBytesAfterThemAreOneEntry() {
        // an empty cell and texts of exactly 16 and 24 bytes, each followed by other bytes at each place
        String sixteen = "GTX Plus Basic16";
        String twentyFour = "Agent 123456789012345678";
        String text = "," + sixteen + "," + twentyFour + ",,xyzxyzxyzxyz;" + sixteen + ";" + twentyFour
                + ";pqrstuvwxyz";
        byte[] line = utf8(text);
        int second16 = text.lastIndexOf(sixteen);
        int second24 = text.lastIndexOf(twentyFour);
        int secondEmpty = text.indexOf(",,") + 1;
        TextCache cache = new TextCache();
        String empty = cache.text(line, 0, 0);
        String first16 = cache.text(line, 1, 17);
        String first24 = cache.text(line, 18, 42);
        assertThat(first16).isEqualTo(sixteen);
        assertThat(first24).isEqualTo(twentyFour);
        assertThat(cache.text(line, secondEmpty, secondEmpty)).isSameAs(empty);
        assertThat(cache.lastEntry()).isZero();
        assertThat(cache.text(line, second16, second16 + 16)).isSameAs(first16);
        assertThat(cache.lastEntry()).isEqualTo(1);
        assertThat(cache.text(line, second24, second24 + 24)).isSameAs(first24);
        assertThat(cache.lastEntry()).isEqualTo(2);
    }

    @Test
    void manyLongTextsAreAllHeldAndShared() {
        TextCache cache = new TextCache();
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] text = utf8("an owner with a long name, number " + (1000 + i));   // 38 bytes: 3 words past 16
            first.add(cache.text(text, 0, text.length));
            assertThat(cache.lastEntry()).isEqualTo(i);
        }
        for (int i = 299; i >= 0; i--) {
            byte[] text = utf8("x" + "an owner with a long name, number " + (1000 + i) + "y");
            assertThat(cache.text(text, 1, text.length - 1)).isSameAs(first.get(i));
            assertThat(cache.lastEntry()).isEqualTo(i);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
