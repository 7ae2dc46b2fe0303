package io.github.revops.csv;

import io.github.revops.domain.StageEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The chunk's shared stage entries (docs/decisions/0057) and a row's stage history list. */
class StageEntriesTest {

    private static final String[] STAGES = {"Engaging", "Won", "Lost", "won", "Engaging "};

    @Test
    void anEqualEntryIsTheOneKept() {
        StageEntries entries = new StageEntries();
        StageEntry first = entries.of("Won", LocalDate.of(2023, 4, 5));
        assertThat(first).isEqualTo(StageEntry.of("Won", LocalDate.of(2023, 4, 5)));
        assertThat(entries.of(new String("Won"), LocalDate.of(2023, 4, 5))).isSameAs(first);
        assertThat(entries.of("Won", LocalDate.of(2023, 4, 6))).isEqualTo(StageEntry.of("Won", LocalDate.of(2023, 4, 6)));
        assertThat(entries.of("Lost", LocalDate.of(2023, 4, 5))).isEqualTo(StageEntry.of("Lost", LocalDate.of(2023, 4, 5)));
    }

    @Test
    void stagesOfOneHashOnOneDayAreNeverTakenForEachOther() {
        // "Aa" and "BB" have the same String hash, so on one day they take the same slot
        StageEntries entries = new StageEntries();
        LocalDate day = LocalDate.of(2023, 4, 5);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(entries.of("Aa", day)).isEqualTo(StageEntry.of("Aa", day));
        assertThat(entries.of("BB", day)).isEqualTo(StageEntry.of("BB", day));
        assertThat(entries.of("Aa", day)).isEqualTo(StageEntry.of("Aa", day));
    }

    @Test
    void datesFarApartAreNeverTakenForEachOther() {
        // the key packs year, month and day; years 2^23 apart must not meet
        StageEntries entries = new StageEntries();
        LocalDate near = LocalDate.of(2023, 4, 5);
        LocalDate far = LocalDate.of(2023 + (1 << 23), 4, 5);
        assertThat(entries.of("Won", near).entered()).isEqualTo(near);
        assertThat(entries.of("Won", far).entered()).isEqualTo(far);
        assertThat(entries.of("Won", LocalDate.of(-2023, 4, 5)).entered()).isEqualTo(LocalDate.of(-2023, 4, 5));
    }

    @Test
    void theDaysOfElevenYearsOfThreeStagesAreAllKept() {
        // docs/decisions/0105: a table per stage slotted by calendar place; a second pass finds every entry kept
        StageEntries entries = new StageEntries();
        String[] stages = {"Engaging", "Won", "Lost"};
        LocalDate first = LocalDate.of(2020, 1, 1);
        int days = (int) (LocalDate.of(2031, 1, 1).toEpochDay() - first.toEpochDay());
        StageEntry[][] kept = new StageEntry[stages.length][days];
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < stages.length; s++) {
                kept[s][d] = entries.of(stages[s], first.plusDays(d));
            }
        }
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < stages.length; s++) {
                assertThat(entries.of(stages[s], first.plusDays(d))).isSameAs(kept[s][d])
                        .isEqualTo(StageEntry.of(stages[s], first.plusDays(d)));
            }
        }
    }

    @Test
    void daysOfOneSlotTwelveYearsApartEvictEachOtherAndStayRight() {
        // 4,096 places apart in a calendar of 31-day months: 2020-01-01 and 2031-01-05 share a slot; each read gives its own day
        StageEntries entries = new StageEntries();
        LocalDate one = LocalDate.of(2020, 1, 1);
        LocalDate other = LocalDate.of(2031, 1, 5);
        assertThat(StageEntries.calendarSlot(one)).isEqualTo(StageEntries.calendarSlot(other));
        StageEntry first = entries.of("Won", one);
        assertThat(entries.of("Won", other).entered()).isEqualTo(other);
        StageEntry again = entries.of("Won", one);
        assertThat(again).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void anEqualStageTextOfAnotherInstanceFindsItsOwnStagesEntries() {
        // a chunk's status labels are other String instances than the stage columns' names: matched by equals
        StageEntries entries = new StageEntries();
        LocalDate day = LocalDate.of(2023, 4, 5);
        entries.of("Engaging", day);
        StageEntry won = entries.of("Won", day);
        assertThat(entries.of(new String("Won"), day)).isSameAs(won);
        assertThat(entries.of(new String("Engaging"), day)).isEqualTo(StageEntry.of("Engaging", day));
    }

    @Test
    void stagesPastTheSixteenthAreMadeAnewAndRight() {
        StageEntries entries = new StageEntries();
        LocalDate day = LocalDate.of(2023, 4, 5);
        for (int k = 0; k < 16; k++) {
            entries.of("S" + k, day);
        }
        StageEntry seventeenth = entries.of("S16", day);
        assertThat(seventeenth).isEqualTo(StageEntry.of("S16", day));
        assertThat(entries.of("S16", day)).isEqualTo(seventeenth).isNotSameAs(seventeenth);
        assertThat(entries.of("S15", day)).isSameAs(entries.of("S15", day));
    }

    @Test
    void aBlankStageIsRefusedAsStageEntryRefusesIt() {
        assertThatThrownBy(() -> new StageEntries().of(" ", LocalDate.of(2023, 4, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("stage (' ') must not be blank");
    }

    @Test
    void everyEntryEqualsTheOneMadeAnew() {
        // many dates over 40 years in one table of slots: entries evicted and made again, never a wrong one
        qt().withExamples(200).forAll(lists().of(integers().between(0, 5 * 14_600 - 1)).ofSizeBetween(1, 3000))
                .checkAssert(keys -> {
                    StageEntries entries = new StageEntries();
                    for (int key : keys) {
                        String stage = STAGES[key % STAGES.length];
                        LocalDate entered = LocalDate.of(1990, 1, 1).plusDays(key / STAGES.length);
                        assertThat(entries.of(stage, entered)).isEqualTo(StageEntry.of(stage, entered));
                    }
                });
    }

    @Test
    void aHistoryListsItsEntriesInOrderUnmodifiable() {
        // law: for 0 to 5 entries, the list equals an ArrayList of the same adds, and the last is its last
        for (int n = 0; n <= 5; n++) {
            StageHistory history = new StageHistory();
            List<StageEntry> expected = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                StageEntry entry = StageEntry.of("S" + k, LocalDate.of(2024, 1, 1 + k));
                history.add(entry);
                expected.add(entry);
                assertThat(history.last()).isEqualTo(entry);
            }
            assertThat(history.isEmpty()).isEqualTo(n == 0);
            List<StageEntry> list = history.list();
            assertThat(list).isEqualTo(expected);
            assertThatThrownBy(() -> list.add(StageEntry.of("X", LocalDate.of(2024, 2, 1))))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
