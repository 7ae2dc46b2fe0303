package io.github.revops.jdbc;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/**
 * The settings a mapping shares with every record type: how amounts and dates are read, the currency, strict or
 * lenient, and how many bad rows a summary lists.
 *
 * @param amountUnit  the unit of amount columns
 * @param currency  the currency of amounts without a currency cell, and of tables
 * @param currencyColumn  the label of the column of ISO-4217 codes
 * @param zone  the zone in which instants become business dates
 * @param timestampZone  the zone of the wall-clock times of {@code TIMESTAMP} columns, when it is not the business
 *     date's
 * @param mode  strict or lenient
 * @param maxRowsListed  the bad rows a summary lists in full
 */
record ImportSettings(AmountUnit amountUnit, Optional<Currency> currency, Optional<String> currencyColumn,
                      Optional<ZoneId> zone, Optional<ZoneId> timestampZone, ImportMode mode, int maxRowsListed) {
}
