package io.github.revops.examples.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Terminal tables: alignment, grouping, undefined cells, rules.
 */
class TextTableTest {

    @Test
    void render_alignsTextLeftAndNumbersRight_withARuleUnderTheHeader() {
        String text = TextTable.of("Win rate", "Agent", "Won", "Rate %")
                .row("Anna Snelling", TextTable.count(1257), TextTable.number(new BigDecimal("61.4")))
                .row("Bo", TextTable.count(5), TextTable.number(Optional.empty()))
                .rule()
                .row("All", TextTable.count(1262), TextTable.number(new BigDecimal("1234567.50")))
                .render();
        assertThat(text).isEqualTo("""
                Win rate
                Agent            Won        Rate %
                ----------------------------------
                Anna Snelling  1,257          61.4
                Bo                 5             -
                ----------------------------------
                All            1,262  1,234,567.50
                """);
    }

    @Test
    void grouped_keepsTheScaleAndTheSign() {
        assertThat(TextTable.grouped(new BigDecimal("-62100.00"))).isEqualTo("-62,100.00");
        assertThat(TextTable.grouped(new BigDecimal("0.0"))).isEqualTo("0.0");
        assertThat(TextTable.grouped(BigDecimal.valueOf(121_915_296))).isEqualTo("121,915,296");
    }

    @Test
    void row_mustFillEveryColumn() {
        TextTable table = TextTable.of("t", "a", "b");
        assertThatThrownBy(() -> table.row("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 'x' has 1 cells for 2 columns");
    }
}
