package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Joining tables ({@link DealTable#concat}) and building in chunks ({@link ChunkedBuild}) give the table that one
 * builder fed the same deals in the same order gives: same dictionaries, codes, segment columns and primitive
 * columns; and the same exception for the same bad input.
 */
class DealTableConcatPropertyTest {

    private static final Currency USD = Money.currency("USD");

    @Test
    void joiningTheTablesOfRandomChunksEqualsOneBuild() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 300), integers().between(1, 9))
                .checkAssert((seed, size, parts) -> {
                    List<Deal> deals = RandomRecords.deals(seed, size);
                    List<int[]> cuts = randomCuts(seed, size, parts);
                    List<DealTable> tables = new ArrayList<>();
                    for (int[] cut : cuts) {
                        tables.add(sequential(deals.subList(cut[0], cut[1])));
                    }
                    assertThat(contents(DealTable.concat(USD, tables))).isEqualTo(contents(sequential(deals)));
                });
    }

    @Test
    void joiningSlicesKeepsOnlyTheValuesAndSegmentsTheirRowsUse() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 300), integers().between(1, 9))
                .checkAssert((seed, size, parts) -> {
                    List<Deal> deals = RandomRecords.deals(seed, size);
                    DealTable table = sequential(deals);
                    List<int[]> cuts = randomCuts(seed + 1, size, parts);
                    List<DealTable> slices = new ArrayList<>();
                    List<Deal> kept = new ArrayList<>();
                    for (int k = 0; k < cuts.size(); k += 2) {       // every other range: rows left out between
                        slices.add(table.slice(cuts.get(k)[0], cuts.get(k)[1]));
                        kept.addAll(deals.subList(cuts.get(k)[0], cuts.get(k)[1]));
                    }
                    assertThat(contents(DealTable.concat(USD, slices))).isEqualTo(contents(sequential(kept)));
                });
    }

    @Test
    void buildingInChunksEqualsOneBuild() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 400), integers().between(2, 9))
                .checkAssert((seed, size, parts) -> {
                    List<Deal> deals = RandomRecords.deals(seed, size);
                    assertThat(contents(ChunkedBuild.deals(USD, deals, parts))).isEqualTo(contents(sequential(deals)));
                });
    }

    @Test
    void aListAboveTheThresholdIsBuiltInChunksIntoTheSameTable() {
        List<Deal> deals = RandomRecords.deals(7, 2 * ChunkedBuild.THRESHOLD + 17);
        DealTable table = DealTable.of(deals);
        assertThat(contents(table)).isEqualTo(contents(sequential(deals)));
        assertThat(table.owner().values()).isSorted().doesNotHaveDuplicates();
        assertThat(table.size()).isEqualTo(2 * ChunkedBuild.THRESHOLD + 17);
    }

    @Test
    void anIdRepeatedInAnotherChunkIsReportedAsByOneBuild() {
        qt().withExamples(30).forAll(longs().all(), integers().between(2, 300), integers().between(2, 9))
                .checkAssert((seed, size, parts) -> {
                    List<Deal> deals = new ArrayList<>(RandomRecords.deals(seed, size));
                    SplittableRandom random = new SplittableRandom(seed);
                    int first = random.nextInt(size - 1);
                    int second = first + 1 + random.nextInt(size - first - 1);
                    deals.set(second, withId(deals.get(second), deals.get(first).id()));
                    String id = deals.get(first).id();
                    String expected = "deal '" + id + "': id (" + id + ") is not unique";
                    assertThatThrownBy(() -> DealTable.of(USD, deals)).isInstanceOf(InvalidRecordException.class)
                            .hasMessage(expected);
                    assertThatThrownBy(() -> ChunkedBuild.deals(USD, deals, parts))
                            .isInstanceOf(InvalidRecordException.class)
                            .hasMessage(messageOf(() -> DealTable.of(USD, deals)));
                });
    }

    @Test
    void aBadDealInALaterChunkGivesTheExceptionOfOneBuildAndARepeatedIdComesFirst() {
        List<Deal> deals = new ArrayList<>(RandomRecords.deals(11, 200));
        deals.set(150, withAmount(deals.get(150), Money.ofMinor("EUR", 100)));
        assertThatThrownBy(() -> ChunkedBuild.deals(USD, deals, 4)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage(messageOf(() -> DealTable.of(USD, deals)));
        deals.set(180, withId(deals.get(180), deals.get(20).id()));
        assertThatThrownBy(() -> ChunkedBuild.deals(USD, deals, 4)).isInstanceOf(InvalidRecordException.class)
                .hasMessage("deal '" + deals.get(20).id() + "': id (" + deals.get(20).id() + ") is not unique")
                .hasMessage(messageOf(() -> DealTable.of(USD, deals)));
    }

    @Test
    void partsInAnotherCurrencyAreRefused() {
        DealTable eur = DealTable.builder(Money.currency("EUR")).customer("C").owner("O").source("S")
                .amountMinor(1).created(LocalDate.of(2024, 1, 1)).add().build();
        assertThatThrownBy(() -> DealTable.concat(USD, List.of(eur))).isInstanceOf(CurrencyMismatchException.class);
        assertThat(DealTable.concat(USD, List.of()).size()).isZero();
    }

    /** One builder fed every deal in order, as {@code DealTable.of} does below the threshold. */
    private static DealTable sequential(List<Deal> deals) {
        DealTable.Builder builder = DealTable.builder(USD);
        deals.forEach(builder::add);
        return builder.build();
    }

    /** Consecutive ranges covering {@code [0, size)}, cut at random rows (some empty). */
    private static List<int[]> randomCuts(long seed, int size, int parts) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] points = new int[parts + 1];
        for (int k = 1; k < parts; k++) {
            points[k] = random.nextInt(size + 1);
        }
        points[parts] = size;
        Arrays.sort(points);
        List<int[]> cuts = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            cuts.add(new int[] {points[k], points[k + 1]});
        }
        return cuts;
    }

    /** Everything a table holds: currency, dictionaries, every row's codes and values, segment columns. */
    static List<Object> contents(DealTable table) {
        List<Object> out = new ArrayList<>();
        out.add(table.currency());
        out.add(table.size());
        out.add(table.customer().values());
        out.add(table.owner().values());
        out.add(table.source().values());
        out.add(table.segmentNames());
        for (String name : table.segmentNames()) {
            out.add(table.segment(name).orElseThrow().values());
        }
        for (int i = 0; i < table.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(table.customer().code(i), table.owner().code(i),
                    table.source().code(i), table.type(i), table.status(i), table.createdDay(i), table.closeDay(i),
                    table.amountMinor(i)));
            for (String name : table.segmentNames()) {
                row.add(table.segment(name).orElseThrow().code(i));
            }
            out.add(row);
        }
        return out;
    }

    private static Deal withId(Deal deal, String id) {
        return rebuild(deal, id, deal.amount());
    }

    private static Deal withAmount(Deal deal, Money amount) {
        return rebuild(deal, deal.id(), amount);
    }

    private static Deal rebuild(Deal deal, String id, Money amount) {
        Deal.Builder b = Deal.builder(id).customer(deal.customerId()).owner(deal.owner()).source(deal.source())
                .type(deal.type()).amount(amount).created(deal.createdDate());
        switch (deal.status()) {
            case WON -> b.won(deal.closeDate().orElseThrow());
            case LOST -> b.lost(deal.closeDate().orElseThrow());
            default -> { }
        }
        deal.segments().forEach(b::segment);
        return b.build();
    }

    private static String messageOf(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception");
    }
}
