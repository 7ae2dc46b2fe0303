package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Deal;
import io.github.revops.domain.StageEntry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How labels match cell text: exactly, else ignoring case and surrounding blanks by lower-casing in the root locale.
 * ASCII text takes a fast path ({@code equalsIgnoreCase}) that must agree with it; other scripts must not take it,
 * since Java's per-character case folding and root-locale lower-casing disagree (Greek final sigma, dotted capital I).
 */
class LabelMatchingTest {

    @Test
    void sameLabel_ignoresCaseAndSurroundingBlanks_inAscii() {
        assertThat(Labels.sameLabel("Closed Won", "Closed Won")).isTrue();
        assertThat(Labels.sameLabel("Closed Won", " closed WON ")).isTrue();
        assertThat(Labels.sameLabel("Closed Won", "Closed Lost")).isFalse();
    }

    @Test
    void sameLabel_inOtherScripts_comparesRootLocaleLowerCase() {
        // 'ς' (final sigma) and 'σ' upper-case alike, so equalsIgnoreCase calls them equal; lower-cased they differ
        assertThat("λόγος".equalsIgnoreCase("λόγοσ")).isTrue();
        assertThat(Labels.sameLabel("λόγος", "λόγοσ")).isFalse();
        assertThat(Labels.sameLabel("ΛΌΓΟΣ", "λόγος")).isTrue();
        // 'İ' lower-cases in the root locale to "i̇" (i and a combining dot): two characters for one
        assertThat("İ".equalsIgnoreCase("i\u0307")).isFalse();
        assertThat(Labels.sameLabel("İ", "i\u0307")).isTrue();
        // ASCII on one side only takes the careful path: the long s 'ſ' upper-cases to 'S', lower-cases to itself
        assertThat("ſ".equalsIgnoreCase("s")).isTrue();
        assertThat(Labels.sameLabel("ſ", "s")).isFalse();
        assertThat(Labels.sameLabel("s", "ſ")).isFalse();
    }

    @Test
    void find_triesTheExactLabelFirst_thenTheKey() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("Won", 1);
        map.put(" Lost ", 2);
        Labels<Integer> labels = Labels.of("stage label", map);
        assertThat(labels.find("Won")).contains(1);
        assertThat(labels.find("  wON")).contains(1);
        assertThat(labels.find("Lost")).contains(2);
        assertThat(labels.find("Open")).isEmpty();
        assertThat(labels.what()).isEqualTo("stage label");
        assertThat(labels.unknown()).isEqualTo("unknown stage label (known: Lost, Won)");
        assertThatThrownBy(() -> Labels.of("stage label", Map.of(" ", 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage label (' ') must not be blank");
    }

    @Test
    void aClosingStageWrittenInAnotherCase_isNotAddedToTheHistoryTwice() {
        CsvReader<Deal> reader = DealCsv.mavenCrm().stageDate("Won", "won_date").build();
        List<Deal> deals = reader.readAll(Fixtures.text(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,won_date,close_date,close_value",
                "D1,Ann,GTX,Acme,won,2017-01-02,2017-02-03,2017-02-03,100",
                "D2,Ann,GTX,Acme,Won,2017-01-02,,2017-02-05,100"), "deals.csv").records();
        assertThat(deals.get(0).stageHistory()).containsExactly(
                StageEntry.of("Engaging", LocalDate.of(2017, 1, 2)), StageEntry.of("Won", LocalDate.of(2017, 2, 3)));
        assertThat(deals.get(1).stageHistory()).containsExactly(
                StageEntry.of("Engaging", LocalDate.of(2017, 1, 2)), StageEntry.of("Won", LocalDate.of(2017, 2, 5)));
    }

    @Test
    void aBlankLabelCell_namesWhatWasExpected() {
        CsvReader<Deal> reader = DealCsv.mavenCrm().build();
        assertThatThrownBy(() -> reader.readAll(Fixtures.text(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                "D1,Ann,GTX,Acme,,2017-01-02,2017-02-03,100"), "deals.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("deals.csv line 2, column 'deal_stage', value '': is blank (expected a stage label)");
    }
}
