package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Currency;
import java.util.LinkedList;
import java.util.List;
import java.util.RandomAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DealTable#of(Currency, java.util.Collection)} above the chunking threshold: only a {@link RandomAccess}
 * list is built in chunks (read by index); any other collection of the same deals, a queue or a linked list, is
 * read once in order through its iterator and gives the same table.
 */
class DealTableOfLargeCollectionsTest {

    private static final Currency USD = Money.currency("USD");
    /** Two chunks' worth and a few more, so that {@link ChunkedBuild#parts} is at least 2. */
    private static final int SIZE = 2 * ChunkedBuild.THRESHOLD + 5;

    private static List<Deal> deals;
    private static List<Object> expected;

    @BeforeAll
    static void oneBuild() {
        deals = RandomRecords.deals(29, SIZE);
        DealTable.Builder builder = DealTable.builder(USD);
        deals.forEach(builder::add);
        expected = DealTableConcatPropertyTest.contents(builder.build());
        assertThat(ChunkedBuild.parts(SIZE)).isGreaterThan(1);
    }

    @Test
    void aLargeCollectionThatIsNoListIsBuiltOnOneThreadIntoTheSameTable() {
        DealTable table = DealTable.of(USD, new ArrayDeque<>(deals));
        assertThat(table.size()).isEqualTo(SIZE);
        assertThat(DealTableConcatPropertyTest.contents(table)).isEqualTo(expected);
    }

    @Test
    void aLargeListWithoutRandomAccessIsNeverReadByIndex() {
        IteratedOnly list = new IteratedOnly(deals);
        DealTable table = DealTable.of(USD, list);
        assertThat(list.indexedReads).isZero();
        assertThat(DealTableConcatPropertyTest.contents(table)).isEqualTo(expected);
    }

    /** A linked list that counts reads by index, each of which walks the list from one end. */
    private static final class IteratedOnly extends LinkedList<Deal> {

        private static final long serialVersionUID = 1L;

        private int indexedReads;

        IteratedOnly(List<Deal> deals) {
            super(deals);
        }

        @Override
        public Deal get(int index) {
            if (++indexedReads > 10) {
                throw new AssertionError("read by index " + indexedReads + " times, the last at " + index);
            }
            return super.get(index);
        }
    }
}
