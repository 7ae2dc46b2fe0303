package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.github.revops.table.DealTableConcatPropertyTest.contents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * A table built from deal records ({@link DealTable#of(Currency, java.util.Collection)}, which reads each deal's
 * segments in their compact form, and its chunked build) equals the table that {@link DealTable.Builder}'s row
 * methods build from the same fields, segment attributes set in any order and some set twice: same dictionaries,
 * codes, segment columns and primitive columns.
 */
class DealTableFromRecordsPropertyTest {

    private static final Currency USD = Money.currency("USD");
    private static final String[] NAMES = {"region", "tier", "Industry", "a", "", "product"};

    @Test
    void aTableOfRecordsEqualsTheTableOfTheSameRowsFromTheBuilder() {
        qt().withExamples(80).forAll(longs().all(), integers().between(0, 300), integers().between(2, 6))
                .checkAssert((seed, size, parts) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<Deal> deals = new ArrayList<>();
                    DealTable.Builder rows = DealTable.builder(USD);
                    for (Deal deal : RandomRecords.deals(seed, size)) {
                        Deal.Builder record = deal.toBuilder();
                        rows.customer(deal.customerId()).owner(deal.owner()).source(deal.source())
                                .type(deal.type()).amount(deal.amount()).created(deal.createdDate());
                        if (deal.status() != DealStatus.OPEN) {
                            rows.closed(deal.status(), (int) deal.closeDate().orElseThrow().toEpochDay());
                        }
                        deal.segments().forEach(rows::segment);
                        for (int k = random.nextInt(4); k > 0; k--) {
                            String name = NAMES[random.nextInt(NAMES.length)];
                            String value = "v" + random.nextInt(5);
                            record.segment(name, value);
                            rows.segment(name, value);
                        }
                        deals.add(record.build());
                        rows.add();
                    }
                    List<Object> expected = contents(rows.build());
                    assertThat(contents(DealTable.of(USD, deals))).isEqualTo(expected);
                    assertThat(contents(ChunkedBuild.deals(USD, deals, parts))).isEqualTo(expected);
                    for (int r = 0; r < Math.min(size, 20); r++) {
                        Map<String, String> segments = deals.get(r).segments();
                        DealTable table = DealTable.of(USD, deals.subList(r, r + 1));
                        assertThat(table.segmentNames()).containsExactlyElementsOf(segments.keySet());
                        for (String name : table.segmentNames()) {
                            assertThat(table.segment(name).orElseThrow().values())
                                    .containsExactly(segments.get(name));
                        }
                    }
                });
    }
}
