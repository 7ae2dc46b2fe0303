package io.github.revops.time;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;

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
    void parseOfLabelIsIdentity() {
        qt().forAll(periods()).check(p -> Period.parse(p.label()).equals(p));
    }

    @Test
    void calendarPeriodsHaveShortLabels_andReadBack() {
        qt().forAll(integers().between(0, 9999), integers().between(1, 12)).check((year, month) -> {
            Period m = Period.month(year, month);
            Period q = Period.quarter(year, (month - 1) / 3 + 1);
            return m.label().equals(String.format(Locale.ROOT, "%04d-%02d", year, month)) && Period.parse(m.label()).equals(m)
                    && q.label().equals(String.format(Locale.ROOT, "%04d-Q%d", year, (month - 1) / 3 + 1))
                    && Period.parse(q.label()).equals(q)
                    && Period.year(year).label().equals(String.format(Locale.ROOT, "%04d", year))
                    && Period.parse(Period.year(year).label()).equals(Period.year(year));
        });
    }

    @Test
    void fiscalLabelsReadBackUnderTheirCalendar() {
        qt().forAll(integers().between(1, 9998), integers().between(1, 12), integers().between(0, 1),
                integers().between(1, 4)).check((year, month, labelling, quarter) -> {
                    FiscalCalendar calendar = FiscalCalendar.of(Month.of(month),
                            FiscalCalendar.Labelling.values()[labelling]);
                    Period fy = calendar.year(year);
                    Period fq = calendar.quarter(year, quarter);
                    return fy.label(calendar).equals(String.format(Locale.ROOT, "FY%04d", year))
                            && fq.label(calendar).equals(String.format(Locale.ROOT, "FY%04d-Q%d", year, quarter))
                            && Period.parse(fy.label(calendar), calendar).equals(fy)
                            && Period.parse(fq.label(calendar), calendar).equals(fq);
                });
        qt().forAll(periods(), integers().between(1, 12), integers().between(0, 1)).check((p, month, labelling) -> {
            FiscalCalendar calendar = FiscalCalendar.of(Month.of(month), FiscalCalendar.Labelling.values()[labelling]);
            return Period.parse(p.label(calendar), calendar).equals(p);
        });
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
