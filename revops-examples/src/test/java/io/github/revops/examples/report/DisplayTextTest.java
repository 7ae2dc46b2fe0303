package io.github.revops.examples.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The escaping rule of ADR 0102, character class by character class. */
class DisplayTextTest {

    @Test
    void controlsBidiSeparatorsAndLoneSurrogates_becomeVisibleEscapes() {
        assertThat(DisplayText.escape("\u001B]0;title\u0007")).isEqualTo("\\u001B]0;title\\u0007");
        assertThat(DisplayText.escape("a\tb\nc\rd\u0000")).isEqualTo("a\\u0009b\\u000Ac\\u000Dd\\u0000");
        assertThat(DisplayText.escape("\u007F\u0080\u009B\u009D\u009F"))
                .isEqualTo("\\u007F\\u0080\\u009B\\u009D\\u009F");
        assertThat(DisplayText.escape("\u061C\u200E\u200F\u202A\u202E\u2066\u2069"))
                .isEqualTo("\\u061C\\u200E\\u200F\\u202A\\u202E\\u2066\\u2069");
        assertThat(DisplayText.escape("\u2028\u2029\uFFFE\uFFFF")).isEqualTo("\\u2028\\u2029\\uFFFE\\uFFFF");
        assertThat(DisplayText.escape("x\uD83Dy\uDCB0")).isEqualTo("x\\uD83Dy\\uDCB0");
    }

    @Test
    void everythingElse_isKept() {
        String text = "Zoë Łukasz 王伟 محمد \uD83D\uDCB0 a\u200Db \\path\\ ~ \u00A0";
        assertThat(DisplayText.escape(text)).isSameAs(text);
        assertThat(DisplayText.escapeKeepingLines("one\ntwo\r")).isEqualTo("one\ntwo\\u000D");
    }

    @Test
    void cells_areEscapedThenCut() {
        assertThat(DisplayText.cell("N".repeat(60))).isEqualTo("N".repeat(60));
        assertThat(DisplayText.cell("N".repeat(61))).isEqualTo("N".repeat(57) + "...");
        // escaped first, so the cut counts what is shown (and may fall inside an escape)
        assertThat(DisplayText.cell("\u001B".repeat(20))).isEqualTo("\\u001B".repeat(9) + "\\u0...");
        assertThat(DisplayText.bounded("x".repeat(55) + "\uD83D\uDCB0" + "y".repeat(10), 60))
                .isEqualTo("x".repeat(55) + "\uD83D\uDCB0...");
        assertThat(DisplayText.bounded("x".repeat(56) + "\uD83D\uDCB0" + "y".repeat(10), 60))
                .isEqualTo("x".repeat(56) + "...");   // the emoji's pair is not split
    }
}
