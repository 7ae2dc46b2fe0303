package io.github.revops.time;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class PeriodPropertyTest {

    private static Gen<LocalDate> dates() {
        return integers().between(-20_000, 40_000).map(d -> LocalDate.ofEpochDay(d));
    }

    private static Gen<Period> periods() {
        return dates().zip(integers().between(1, 2_000), (start, days) -> Period.of(start, start.plusDays(days)));
    }

    @Test
    void parseOfToStringIsIdentity() {
        qt().forAll(periods()).check(p -> Period.parse(p.toString()).equals(p));
    }

    @Test
    void monthsOfAYearPartitionIt() {
        qt().forAll(integers().between(1900, 2200)).check(year -> partitions(Period.year(year),
                Period.year(year).months()) && Period.year(year).months().size() == 12);
    }

    @Test
    void monthsOfAFiscalYearPartitionIt() {
        qt().forAll(integers().between(1900, 2200), integers().between(1, 12), integers().between(0, 1))
                .check((year, month, label) -> {
                    FiscalCalendar calendar = FiscalCalendar.of(Month.of(month),
                            FiscalCalendar.Labelling.values()[label]);
                    Period fy = calendar.year(year);
                    List<Period> quarters = fy.split(Granularity.fiscalQuarter(calendar));
                    return partitions(fy, fy.months()) && fy.months().size() == 12
                            && partitions(fy, quarters) && quarters.size() == 4
                            && quarters.get(0).equals(calendar.quarter(year, 1))
                            && calendar.fiscalYearOf(fy.start()) == year
                            && calendar.fiscalYearOf(fy.lastDay()) == year;
                });
    }

    @Test
    void everyDateIsInExactlyOneMonthOfItsSplit() {
        qt().forAll(periods(), integers().between(0, 1_999)).check((p, offset) -> {
            LocalDate d = p.start().plusDays(offset % p.lengthInDays());
            return p.months().stream().filter(m -> m.contains(d)).count() == 1
                    && p.quarters().stream().filter(q -> q.contains(d)).count() == 1;
        });
    }

    private static boolean partitions(Period whole, List<Period> parts) {
        if (!parts.get(0).start().equals(whole.start()) || !parts.get(parts.size() - 1).end().equals(whole.end())) {
            return false;
        }
        for (int i = 1; i < parts.size(); i++) {
            if (!parts.get(i).start().equals(parts.get(i - 1).end())) {
                return false;
            }
        }
        return true;
    }
}
