package io.github.revops.jdbc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * {@link TextCodes} gives each distinct text of up to 11 characters the code its builder registered for it, asking
 * the builder once per text; equal texts (new Strings each time, as a driver gives them) get one code and different
 * texts different codes, whatever their characters (beyond Latin-1 too) and length; null, longer texts and new texts
 * once the map is full get {@link TextCodes#NONE}.
 */
class TextCodesTest {

    private static final char[] ALPHABET = {'a', 'b', 'A', ' ', '0', '\u00e9', '\u20ac', '\ud83d', '\ude00', 0};

    @Test
    void equalTextsGetTheCodeRegisteredOnFirstSightAndDifferentTextsDifferentCodes() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 3000)).checkAssert((seed, rows) -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> registered = new ArrayList<>();
            TextCodes codes = new TextCodes(text -> {
                registered.add(text);
                return 1000 + registered.size() - 1;       // the builder's own numbering
            });
            Map<String, Integer> expected = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                String text = text(random);
                int code = codes.code(new String(text.toCharArray()));
                if (text.length() > TextCodes.PACKED_CHARS) {
                    assertThat(code).isEqualTo(TextCodes.NONE);
                } else {
                    assertThat(code).isEqualTo(expected.computeIfAbsent(text, t -> 1000 + expected.size()));
                }
            }
            assertThat(registered).doesNotHaveDuplicates().hasSize(expected.size()).hasSize(codes.size());
            expected.forEach((text, code) -> assertThat(registered.get(code - 1000)).isEqualTo(text));
        });
    }

    @Test
    void nullAndLongTextsAreNotHeldAndNothingIsRegisteredForThem() {
        List<String> registered = new ArrayList<>();
        TextCodes codes = new TextCodes(text -> {
            registered.add(text);
            return registered.size() - 1;
        });
        assertThat(codes.code(null)).isEqualTo(TextCodes.NONE);
        assertThat(codes.code("ACME-123456")).isZero();          // 11 characters: held
        assertThat(codes.code("ACME-1234567")).isEqualTo(TextCodes.NONE);
        assertThat(codes.code("")).isEqualTo(1);
        assertThat(codes.code("ACME-123456")).isZero();
        assertThat(registered).containsExactly("ACME-123456", "");
    }

    @Test
    void aFullMapKeepsItsTextsAndGivesNewTextsNone() {
        int[] registrations = new int[1];
        TextCodes codes = new TextCodes(text -> registrations[0]++);
        for (int i = 0; i < TextCodes.MAX_TEXTS; i++) {
            assertThat(codes.code("C" + i)).isEqualTo(i);
        }
        assertThat(codes.code("new")).isEqualTo(TextCodes.NONE);
        assertThat(codes.code("C" + (TextCodes.MAX_TEXTS - 1))).isEqualTo(TextCodes.MAX_TEXTS - 1);
        assertThat(codes.code("C0")).isZero();
        assertThat(registrations[0]).isEqualTo(TextCodes.MAX_TEXTS);
        assertThat(codes.size()).isEqualTo(TextCodes.MAX_TEXTS);
    }

    /** A text of 0 to 14 characters from a small alphabet, so that texts repeat and differ by one character. */
    private static String text(SplittableRandom random) {
        int length = random.nextInt(15);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET[random.nextInt(random.nextBoolean() ? 3 : ALPHABET.length)]);
        }
        return b.toString();
    }
}
