package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How long values are cut for messages: whole up to the limit, never half a surrogate pair, the length counted. */
class ShownTextCutTest {

    @Test
    void aValueOfExactlyTheLimit_isShownWhole() {
        String hundred = "v".repeat(ShownText.VALUE);
        assertThat(ShownText.value(hundred)).isEqualTo(hundred);
        assertThat(ShownText.value(hundred + "w")).isEqualTo(hundred + "... (101 characters)");
        assertThat(ShownText.reason("r".repeat(501))).isEqualTo("r".repeat(500) + "... (501 characters)");
    }

    @Test
    void aSurrogatePairAcrossTheCut_isDroppedWhole() {
        // the emoji's two chars are at positions 99 and 100: cutting at 100 would keep half of it
        String text = "a".repeat(99) + "\uD83D\uDE00" + "z";
        assertThat(ShownText.value(text)).isEqualTo("a".repeat(99) + "... (102 characters)");
        // a pair that ends at the limit is kept
        String fits = "a".repeat(98) + "\uD83D\uDE00" + "z";
        assertThat(ShownText.value(fits)).isEqualTo("a".repeat(98) + "\uD83D\uDE00... (101 characters)");
        assertThat(ShownText.grouped(1_234_567)).isEqualTo("1,234,567");
    }
}
