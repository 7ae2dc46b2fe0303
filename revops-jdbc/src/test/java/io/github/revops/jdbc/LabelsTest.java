package io.github.revops.jdbc;

import io.github.revops.domain.DealStatus;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Labels} means the same whether it compares a cell with each label (up to 16) or looks it up in its map
 * (more): a label as it is, else trimmed and ignoring case, else unknown (null); never guessed.
 */
class LabelsTest {

    @Test
    void fewLabelsMatchAsTheyAreThenTrimmedIgnoringCase() {
        Labels<DealStatus> labels = Labels.of(Map.of("Won", DealStatus.WON, "Lost", DealStatus.LOST,
                "Engaging", DealStatus.OPEN));
        assertThat(labels.find(new String("Won"))).isEqualTo(DealStatus.WON);
        assertThat(labels.find(" lost ")).isEqualTo(DealStatus.LOST);
        assertThat(labels.find("ENGAGING")).isEqualTo(DealStatus.OPEN);
        assertThat(labels.find("Wonder")).isNull();
        assertThat(labels.find("")).isNull();
        assertThat(labels.known()).isEqualTo("Engaging, Lost, Won");
    }

    @Test
    void manyLabelsMatchAlikeThroughTheMap() {
        for (int count : new int[] {16, 17, 40}) {
            Map<String, Integer> texts = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                texts.put("Stage " + i, i);
            }
            Labels<Integer> labels = Labels.of(texts);
            for (int i = 0; i < count; i++) {
                assertThat(labels.find("Stage " + i)).as("%d of %d", i, count).isEqualTo(i);
                assertThat(labels.find("  stage " + i + "\t")).isEqualTo(i);
            }
            assertThat(labels.find("Stage " + count)).isNull();
            assertThat(labels.find("Stage")).isNull();
        }
    }

    @Test
    void enumLabelsAreTheConstantsNames() {
        Labels<DealStatus> labels = Labels.ofEnum(DealStatus.class);
        assertThat(labels.find("WON")).isEqualTo(DealStatus.WON);
        assertThat(labels.find("open")).isEqualTo(DealStatus.OPEN);
        assertThat(labels.find("CLOSED")).isNull();
        assertThat(labels.known()).isEqualTo("LOST, OPEN, WON");
    }
}
