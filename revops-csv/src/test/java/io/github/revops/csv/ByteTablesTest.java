package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/**
 * The byte tables of the column reader (docs/decisions/0055): {@link TextCache} shares the String of a repeated
 * value and stops sharing when most lookups miss; {@link ByteTexts} keeps texts one after another; {@link ByteIds}
 * finds the line of an earlier id. Each is checked by what it returns (the text, the very same String, the line)
 * around its limits: 48-byte values, the trial that ends at the 2,048th miss and needs 1,024 hits by then to keep
 * sharing, 2,048 kept texts, and tables grown past their first size.
 */
class ByteTablesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String cached(TextCache cache, String text) {
        byte[] bytes = utf8("<" + text + ">");
        return cache.text(bytes, 1, bytes.length - 1);
    }

    @Test
    void aRepeatedValueIsDecodedOnceAndShared() {
        TextCache cache = new TextCache();
        String first = cached(cache, "Closed Won");
        assertThat(first).isEqualTo("Closed Won");
        assertThat(cached(cache, "Closed Won")).isSameAs(first);
        assertThat(cached(cache, "Closed Lost")).isEqualTo("Closed Lost").isNotSameAs(first);
        assertThat(cached(cache, "Müller")).isEqualTo("Müller");
        assertThat(cache.text(new byte[] {'a', (byte) 0xFF, 'b'}, 0, 3)).isEqualTo("a\uFFFDb");
    }

    @Test
    void valuesOfEqualHashAreToldApart() {
        TextCache cache = new TextCache();
        // "Aa" and "BB" have the same byte sum 31 * 'A' + 'a' == 31 * 'B' + 'B'
        String aa = cached(cache, "Aa");
        String bb = cached(cache, "BB");
        assertThat(aa).isEqualTo("Aa");
        assertThat(bb).isEqualTo("BB");
        assertThat(cached(cache, "BB")).isSameAs(bb);
        assertThat(cached(cache, "Aa")).isSameAs(aa);
    }

    @Test
    void valuesUpTo48BytesAreSharedAndLongerOnesAreNot() {
        TextCache cache = new TextCache();
        String of48 = "x".repeat(48);
        String of49 = "y".repeat(49);
        String kept = cached(cache, of48);
        assertThat(cached(cache, of48)).isSameAs(kept);
        String notKept = cached(cache, of49);
        assertThat(notKept).isEqualTo(of49);
        assertThat(cached(cache, of49)).isEqualTo(of49).isNotSameAs(notKept);
    }

    @Test
    void everyKeptValueIsStillSharedAfterTheTableGrew() {
        TextCache cache = new TextCache();
        String[] first = new String[1000];
        for (int i = 0; i < first.length; i++) {
            first[i] = cached(cache, "owner " + i);
        }
        for (int i = 0; i < first.length; i++) {
            assertThat(cached(cache, "owner " + i)).isSameAs(first[i]);
        }
    }

    @Test
    void sharingStaysOnWhenTheTrialHas1024Hits() {
        TextCache cache = new TextCache();
        String stage = cached(cache, "stage");           // 1 miss
        for (int i = 0; i < 1024; i++) {
            cached(cache, "stage");                        // 1,024 hits
        }
        for (int i = 0; i < 2047; i++) {
            cached(cache, "id " + i);                      // 2,047 misses: the trial ends at 2,048 misses
        }
        assertThat(cached(cache, "stage")).isSameAs(stage);
        assertThat(cached(cache, "id 7")).isEqualTo("id 7").isSameAs(cached(cache, "id 7"));
    }

    @Test
    void sharingStopsWhenTheTrialHasFewerThan1024Hits() {
        TextCache cache = new TextCache();
        String stage = cached(cache, "stage");           // 1 miss
        for (int i = 0; i < 1023; i++) {
            cached(cache, "stage");                        // 1,023 hits
        }
        for (int i = 0; i < 2047; i++) {
            cached(cache, "id " + i);                      // 2,047 misses: the trial ends at 2,048 misses
        }
        assertThat(cached(cache, "stage")).isEqualTo("stage").isNotSameAs(stage);
    }

    @Test
    void atMost2048TextsAreKept() {
        TextCache cache = new TextCache();
        cached(cache, "stage");
        for (int i = 0; i < 1024; i++) {
            cached(cache, "stage");                        // 1,024 hits: sharing stays on
        }
        String[] kept = new String[2047];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = cached(cache, "v" + i);              // 2,048 texts kept with "stage"
        }
        String last = cached(cache, "one more");
        assertThat(cached(cache, "one more")).isEqualTo("one more").isNotSameAs(last);
        assertThat(cached(cache, "v2046")).isSameAs(kept[2046]);
        assertThat(cached(cache, "v0")).isSameAs(kept[0]);
    }

    @Test
    void byteTextsKeepTextsOneAfterAnother() {
        ByteTexts texts = new ByteTexts(1);
        byte[] line = utf8("D-1,D-22,a-much-longer-id-than-sixteen-bytes,é");
        texts.add(line, 0, 3);
        texts.add(line, 4, 8);
        texts.add(line, 9, 44);
        texts.add(line, 45, line.length);
        texts.add(line, 0, 0);
        assertThat(texts.from(0)).isZero();
        assertThat(texts.to(0)).isEqualTo(3);
        assertThat(texts.from(1)).isEqualTo(3);
        assertThat(texts.to(1)).isEqualTo(7);
        assertThat(texts.from(2)).isEqualTo(7);
        assertThat(texts.to(2)).isEqualTo(42);
        assertThat(texts.text(0)).isEqualTo("D-1");
        assertThat(texts.text(1)).isEqualTo("D-22");
        assertThat(texts.text(2)).isEqualTo("a-much-longer-id-than-sixteen-bytes");
        assertThat(texts.text(3)).isEqualTo("é");
        assertThat(texts.text(4)).isEmpty();
        assertThat(texts.equals(1, line, 4, 8)).isTrue();
        assertThat(texts.equals(1, line, 4, 7)).isFalse();
        assertThat(texts.equals(0, line, 4, 7)).isFalse();
        assertThat(new String(texts.bytes(), 0, 42, StandardCharsets.UTF_8))
                .isEqualTo("D-1D-22a-much-longer-id-than-sixteen-bytes");
    }

    @Test
    void byteTextsGrowToHoldManyTexts() {
        ByteTexts texts = new ByteTexts(2);
        for (int i = 0; i < 5000; i++) {
            byte[] id = utf8("customer-" + i);
            texts.add(id, 0, id.length);
        }
        assertThat(texts.text(0)).isEqualTo("customer-0");
        assertThat(texts.text(4999)).isEqualTo("customer-4999");
        assertThat(texts.to(4999) - texts.from(4999)).isEqualTo(13);
    }

    @Test
    void byteIdHashIsTheHashOfTheText() {
        byte[] line = utf8(",D-1042,");
        assertThat(ByteIds.hash(line, 1, 7)).isEqualTo("D-1042".hashCode());
        assertThat(ByteIds.hash(line, 1, 1)).isEqualTo("".hashCode());
    }

    @Test
    void byteIdsGiveTheLineOfTheEarlierId() {
        ByteIds ids = new ByteIds();
        byte[] line = utf8("Aa,BB,Aa,BB,C");
        assertThat(ids.earlierLine(line, 0, 2, "Aa".hashCode(), 2)).isZero();
        assertThat(ids.earlierLine(line, 3, 5, "BB".hashCode(), 3)).isZero();
        assertThat(ids.earlierLine(line, 6, 8, "Aa".hashCode(), 4)).isEqualTo(2);
        assertThat(ids.earlierLine(line, 9, 11, "BB".hashCode(), 5)).isEqualTo(3);
        assertThat(ids.earlierLine(line, 12, 13, "C".hashCode(), 6)).isZero();
        assertThat(ids.earlierLine(line, 12, 13, "C".hashCode(), 7)).isEqualTo(6);
    }

    @Test
    void byteIdsFindEveryIdAfterGrowing() {
        ByteIds ids = new ByteIds();
        int count = 10_000;
        for (int i = 0; i < count; i++) {
            byte[] id = utf8("D-" + i);
            assertThat(ids.earlierLine(id, 0, id.length, ByteIds.hash(id, 0, id.length), i + 2)).isZero();
        }
        for (int i = 0; i < count; i++) {
            byte[] id = utf8("D-" + i);
            assertThat(ids.earlierLine(id, 0, id.length, ByteIds.hash(id, 0, id.length), count + 2L))
                    .as("D-" + i).isEqualTo(i + 2L);
        }
    }
}
