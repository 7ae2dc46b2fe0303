package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.money.Money;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader builders' settings at their edges: which separators and delimiters are refused, the year range's
 * bounds, the progress interval, and when a currency must be given. Each setting is checked by what a read gives.
 */
class ReaderSettingsBoundaryTest {

    private static final String HEADER = "id,date,amount,category,channel,paid";

    private static SpendCsv.Builder spend() {
        return SpendCsv.builder().column(SpendField.ID, "id").column(SpendField.DATE, "date")
                .column(SpendField.AMOUNT, "amount").column(SpendField.CATEGORY, "category")
                .column(SpendField.CHANNEL, "channel").column(SpendField.PAID, "paid").defaultCurrency("USD");
    }

    private static List<Spend> read(SpendCsv.Builder builder, String... rows) {
        return builder.build().readAll(Fixtures.text(rows), "spend.csv").records();
    }

    @Test
    void separators_refuseDigitsSignsNulAndTheOtherSeparator_andAcceptTheCharactersAroundThem() {
        for (char bad : new char[] {'0', '9', '-', '+', '\0', '.'}) {
            assertThatThrownBy(() -> spend().groupingSeparator(bad)).as("grouping %s", (int) bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("separator ('" + bad + "') must not be a digit, a sign or the other separator");
        }
        assertThatThrownBy(() -> spend().groupingSeparator(',').decimalSeparator(','))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("separator (',') must not be a digit, a sign or the other separator");
        // '/' and ':' are the characters just before '0' and just after '9'
        List<Spend> read = read(spend().delimiter(';').decimalSeparator(':').groupingSeparator('/'),
                "id;date;amount;category;channel;paid", "S1;2026-01-05;1/234:5;sales;events;yes");
        assertThat(read.get(0).amount()).isEqualTo(Money.ofMinor(Money.currency("USD"), 123_450));
    }

    @Test
    void delimiter_refusesQuoteLineBreaksAndBlank_andReadsWithAnyOther() {
        for (char bad : new char[] {'"', '\n', '\r', ' '}) {
            assertThatThrownBy(() -> spend().delimiter(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("delimiter ('" + bad + "') must not be a quote, a line break or a blank");
        }
        List<Spend> read = read(spend().delimiter('\t'), "id\tdate\tamount\tcategory\tchannel\tpaid",
                "S1\t2026-01-05\t12.50\tmarketing\tweb\tno");
        assertThat(read).extracting(Spend::id, Spend::category, Spend::channel, Spend::paid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", SpendCategory.MARKETING, "web", false));
    }

    @Test
    void yearRange_acceptsTheWholeLocalDateRange_andNotOneYearBeyondIt() {
        int min = LocalDate.MIN.getYear();
        int max = LocalDate.MAX.getYear();
        assertThat(new AcceptedYears(min, max).check(LocalDate.MIN)).isEqualTo(LocalDate.MIN);
        assertThat(new AcceptedYears(2020, 2020).check(LocalDate.of(2020, 12, 31))).isEqualTo("2020-12-31");
        String message = "must be two years in -999999999 to 999999999, the first not after the last";
        assertThatThrownBy(() -> new AcceptedYears(min - 1, 2000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("yearRange (-1000000000 to 2000) " + message);
        assertThatThrownBy(() -> new AcceptedYears(2000, max + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("yearRange (2000 to 1000000000) " + message);
        assertThatThrownBy(() -> new AcceptedYears(2020, 2020).check(LocalDate.of(2019, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is outside the years 2020 to 2020 a date may have (set yearRange on the reader to accept"
                        + " it)");
        assertThatThrownBy(() -> new AcceptedYears(2020, 2020).check(LocalDate.of(2021, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CsvReaderBuilder.DEFAULT_FIRST_YEAR).isEqualTo(1900);
        assertThat(CsvReaderBuilder.DEFAULT_LAST_YEAR).isEqualTo(2199);
    }

    @Test
    void progress_everyRowIsAllowed_andZeroIsNot() {
        List<Long> seen = new ArrayList<>();
        read(spend().progress(1, seen::add), HEADER, "S1,2026-01-05,1,sales,web,yes",
                "S2,2026-01-06,2,sales,web,yes");
        assertThat(seen).containsExactly(1L, 2L);
        assertThatThrownBy(() -> spend().progress(0, seen::add)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("everyRows (0) must be >= 1");
    }

    @Test
    void maxRowsListed_zeroListsNoRowButCountsThemAll() {
        CsvImportSummary summary = spend().maxRowsListed(0).lenient().build()
                .readAll(Fixtures.text(HEADER, "S1,2026-01-05,x,sales,web,yes", "S2,2026-01-06,2,sales,web,yes"),
                        "spend.csv").summary();
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.rejectedNotListed()).isEqualTo(1);
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(CsvReaderBuilder.DEFAULT_MAX_ROWS_LISTED).isEqualTo(1_000);
    }

    @Test
    void maxFieldLength_ofOneAcceptsOneCharacter() {
        assertThat(new FieldLengthLimit(1).fits("a")).isTrue();
        assertThat(new FieldLengthLimit(1).fits("ab")).isFalse();
        assertThat(new FieldLengthLimit(1).max()).isEqualTo(1);
        assertThat(new FieldLengthLimit(1_000).reason("x".repeat(1_001)))
                .isEqualTo("is longer than the 1,000 characters a field may have (1,001; set maxFieldLength on the"
                        + " reader to allow more)");
        assertThat(CsvReaderBuilder.DEFAULT_MAX_FIELD_LENGTH).isEqualTo(65_536);
    }

    @Test
    void currency_isNeededUnlessARequiredColumnOrAConstantGivesIt() {
        SpendCsv.Builder noCurrency = SpendCsv.builder().column(SpendField.ID, "id").column(SpendField.DATE, "date")
                .column(SpendField.AMOUNT, "amount").column(SpendField.CATEGORY, "category")
                .column(SpendField.CHANNEL, "channel").column(SpendField.PAID, "paid");
        assertThatThrownBy(noCurrency::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("spend CSV: set a defaultCurrency or map CURRENCY");
        assertThatThrownBy(() -> noCurrency.optionalColumn(SpendField.CURRENCY, "currency").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("spend CSV: set a defaultCurrency or map CURRENCY");
        List<Spend> fromColumn = read(noCurrency.column(SpendField.CURRENCY, "currency"), HEADER + ",currency",
                "S1,2026-01-05,7,sales,web,yes,EUR");
        assertThat(fromColumn.get(0).amount()).isEqualTo(Money.ofMinor(Money.currency("EUR"), 700));
        List<Spend> fromConstant = read(noCurrency.constant(SpendField.CURRENCY, " JPY "), HEADER,
                "S1,2026-01-05,7,sales,web,yes");
        assertThat(fromConstant.get(0).amount()).isEqualTo(Money.ofMinor(Money.currency("JPY"), 7));
    }
}
