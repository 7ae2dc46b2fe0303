package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Business dates of timestamps: an instant ({@code TIMESTAMP WITH TIME ZONE}) is dated in the business zone; a wall
 * clock time ({@code TIMESTAMP}) by its own date, or, when the zone it was written in is set, by its date in the
 * business zone. A deal created on 2017-04-01 01:00 UTC was created on 31 March in Los Angeles; a deal won at
 * 2017-06-30 23:30 UTC was won in the third quarter in Tokyo.
 */
@Timeout(120)
class ZonesTest {

    private static final String QUERY = "SELECT 'D1' AS id, 'ACME' AS account, 'Ana' AS rep, 'Web' AS channel,"
            + " CAST(12 AS NUMERIC(5, 2)) AS amount, TIMESTAMPTZ '2017-04-01 01:00:00+00' AS created,"
            + " TIMESTAMP '2017-06-30 23:30:00' AS closed, 'Won' AS stage";

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static Deal read(Connection c, DealColumns columns) {
        Deal deal = columns.readAll(SqlSource.query(c, QUERY)).loaded().get(0);
        DealTable table = columns.readTable(SqlSource.query(c, QUERY)).loaded();
        assertThat(table.createdDay(0)).isEqualTo(deal.createdDate().toEpochDay());
        assertThat(table.closeDay(0)).isEqualTo(deal.closeDate().orElseThrow().toEpochDay());
        return deal;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anInstant_isDatedInTheBusinessZone(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            assertThat(read(c, BadDeals.columns().zone(LOS_ANGELES).build()).createdDate())
                    .isEqualTo(LocalDate.of(2017, 3, 31));
            assertThat(read(c, BadDeals.columns().zone(UTC).build()).createdDate())
                    .isEqualTo(LocalDate.of(2017, 4, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aWallClockTime_isDatedByItsOwnDate_unlessTheZoneItWasWrittenInIsSet(Database database)
            throws SQLException {
        try (Connection c = database.connect()) {
            assertThat(read(c, BadDeals.columns().zone(TOKYO).build()).closeDate())
                    .contains(LocalDate.of(2017, 6, 30));
            assertThat(read(c, BadDeals.columns().zone(TOKYO).timestampZone(UTC).build()).closeDate())
                    .contains(LocalDate.of(2017, 7, 1));
            assertThat(read(c, BadDeals.columns().zone(LOS_ANGELES).timestampZone(UTC).build()).closeDate())
                    .contains(LocalDate.of(2017, 6, 30));
        }
    }

    @Test
    void aTimestampZoneWithoutABusinessZone_isRefusedWhenBuilt() {
        assertThatThrownBy(() -> BadDeals.columns().timestampZone(UTC).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("deal mapping has a timestampZone (UTC) but no zone to take business dates in");
    }
}
