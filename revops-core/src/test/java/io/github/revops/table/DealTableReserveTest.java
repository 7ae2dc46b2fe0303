package io.github.revops.table;

import io.github.revops.domain.DealStatus;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link DealTable.Builder#reserve}: a capacity hint that changes no table, whether it reserves more rows than come,
 * fewer, or none, before the first row or between rows; a negative count is refused naming it.
 */
class DealTableReserveTest {

    private static final Currency USD = Money.currency("USD");
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @Test
    void reservingRoomChangesNoTable() {
        List<String> expected = rows(build(-1, -1));
        assertThat(expected).hasSize(40).contains("7 ACME Ana Inbound EU 700 19783 19790 WON");
        for (int[] reserve : new int[][] {{0, -1}, {1_000, -1}, {3, -1}, {-1, 10}, {5, 5}}) {
            assertThat(rows(build(reserve[0], reserve[1]))).as("reserve %d then %d", reserve[0], reserve[1])
                    .isEqualTo(expected);
        }
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> DealTable.builder(USD).reserve(-1))
                .withMessage("rows (-1) must not be negative");
    }

    /** Builds 40 rows, reserving {@code first} rows before the first (if not negative) and {@code later} after 20. */
    private static DealTable build(int first, int later) {
        DealTable.Builder builder = DealTable.builder(USD);
        if (first >= 0) {
            builder.reserve(first);
        }
        for (int i = 0; i < 40; i++) {
            if (i == 20 && later >= 0) {
                builder.reserve(later);
            }
            builder.customer(i % 3 == 1 ? "ACME" : "Zed").owner(i % 2 == 1 ? "Ana" : "Bo").source("Inbound")
                    .amountMinor(100L * i).created(MARCH_1);
            if (i % 7 == 0) {
                builder.segment("region", "EU");
            }
            if (i % 2 == 1) {
                builder.won(MARCH_1.plusDays(i));
            }
            builder.add();
        }
        return builder.build();
    }

    /** Writes each row as {@code i customer owner source region amount created closed status}. */
    private static List<String> rows(DealTable table) {
        List<String> rows = new ArrayList<>();
        CodeColumn region = table.segment("region").orElseThrow();
        for (int i = 0; i < table.size(); i++) {
            DealStatus status = table.status(i);
            rows.add(i + " " + table.customer().value(i).orElse("?") + " " + table.owner().value(i).orElse("?")
                    + " " + table.source().value(i).orElse("?") + " " + region.value(i).orElse("-") + " "
                    + table.amountMinor(i) + " " + table.createdDay(i) + " "
                    + (status == DealStatus.OPEN ? "-" : table.closeDay(i)) + " " + status);
        }
        return rows;
    }
}
