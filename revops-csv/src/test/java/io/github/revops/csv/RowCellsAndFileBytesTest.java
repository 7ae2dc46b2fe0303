package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The byte parser's record ({@link RowCells}: values kept as byte ranges or as decoded texts, past its first 16
 * values) and its file windows ({@link FileBytes}: reads clipped to the file, the start of the line after an offset),
 * by worked examples.
 */
class RowCellsAndFileBytesTest {

    @TempDir
    Path dir;

    @Test
    void byteValuesAndDecodedValuesGiveTheirTextLengthAndBlankness() {
        byte[] window = "D-1, Acme ,,Closed Won".getBytes(StandardCharsets.US_ASCII);
        RowCells cells = new RowCells();
        cells.clear(window);
        TextCache cache = new TextCache();
        cells.add(0, 3, cache);
        cells.add(" Acme ");
        cells.add(11, 11, cache);
        cells.add("  ");
        cells.add(12, 22, cache);
        assertThat(cells.size()).isEqualTo(5);
        assertThat(cells.bytes()).isSameAs(window);
        assertThat(cells.get(0)).isEqualTo("D-1");
        assertThat(cells.get(1)).isEqualTo(" Acme ");
        assertThat(cells.get(2)).isEmpty();
        assertThat(cells.get(4)).isEqualTo("Closed Won");
        assertThat(cells.get(4)).isSameAs(cells.get(4));
        assertThat(cells.isBytes(0)).isTrue();
        assertThat(cells.isBytes(1)).isFalse();
        assertThat(cells.from(4)).isEqualTo(12);
        assertThat(cells.to(4)).isEqualTo(22);
        assertThat(cells.length(0)).isEqualTo(3);
        assertThat(cells.length(1)).isEqualTo(6);
        assertThat(cells.length(4)).isEqualTo(10);
        assertThat(cells.isBlank(0)).isFalse();
        assertThat(cells.isBlank(1)).isFalse();
        assertThat(cells.isBlank(2)).isTrue();
        assertThat(cells.isBlank(3)).isTrue();
        assertThatThrownBy(() -> cells.get(5)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("5");
        assertThatThrownBy(() -> cells.isBytes(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aRecordOfManyValuesKeepsThemAllAndIsClearedForTheNext() {
        byte[] window = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
        RowCells cells = new RowCells();
        cells.clear(window);
        TextCache cache = new TextCache();
        for (int i = 0; i < 40; i++) {
            if (i % 2 == 0) {
                cells.add(i % 26, i % 26 + 1, cache);
            } else {
                cells.add("text " + i);
            }
        }
        assertThat(cells.size()).isEqualTo(40);
        for (int i = 0; i < 40; i++) {
            assertThat(cells.get(i)).isEqualTo(i % 2 == 0 ? String.valueOf((char) ('a' + i % 26)) : "text " + i);
        }
        cells.clear(window);
        assertThat(cells.size()).isZero();
        cells.add("x");
        assertThat(cells.get(0)).isEqualTo("x");
        assertThatThrownBy(() -> cells.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aRecordOfManyDecodedValuesKeepsThemAll() {
        RowCells cells = new RowCells();
        cells.clear(new byte[0]);
        for (int i = 0; i < 40; i++) {
            cells.add("value " + i);
        }
        assertThat(cells.size()).isEqualTo(40);
        assertThat(cells.get(16)).isEqualTo("value 16");
        assertThat(cells.get(39)).isEqualTo("value 39");
        assertThat(cells.length(39)).isEqualTo(8);
    }

    @Test
    void readsStopAtTheSizeGivenWhenTheFileIsLonger() throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), "ab\ncd\nef", StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel, 5);
            byte[] into = new byte[10];
            assertThat(bytes.read(2, into)).isEqualTo(3);
            assertThat(new String(into, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("\ncd");
        }
    }

    @Test
    void readsEndAtTheFilesEndWhenTheSizeGivenIsLarger() throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), "ab\ncd\nef", StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel, 20);
            byte[] into = new byte[10];
            assertThat(bytes.read(4, into)).isEqualTo(4);
            assertThat(new String(into, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("d\nef");
            assertThat(bytes.read(10, new byte[5])).isZero();
        }
    }

    @Test
    void readsAreClippedToTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), "ab\ncd\nef", StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel, 8);
            assertThat(bytes.size()).isEqualTo(8);
            byte[] into = new byte[10];
            assertThat(bytes.read(5, into)).isEqualTo(3);
            assertThat(new String(into, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("\nef");
            assertThat(bytes.read(0, new byte[4])).isEqualTo(4);
            assertThat(bytes.read(8, into)).isZero();
            assertThat(bytes.read(10, into)).isZero();
        }
    }

    @Test
    void theLineStartIsTheOffsetAfterTheNextLineFeed() throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), "ab\ncd\nef", StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel, 8);
            assertThat(bytes.lineStartAtOrAfter(1)).isEqualTo(3);
            assertThat(bytes.lineStartAtOrAfter(3)).isEqualTo(3);
            assertThat(bytes.lineStartAtOrAfter(4)).isEqualTo(6);
            assertThat(bytes.lineStartAtOrAfter(7)).isEqualTo(8);
        }
    }

    @Test
    void theLineStartIsFoundPastTheFirstScannedBlock() throws IOException {
        String text = "x".repeat(10_000) + "\nlast";
        Path file = Files.writeString(dir.resolve("long.csv"), text, StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel, text.length());
            assertThat(bytes.lineStartAtOrAfter(1)).isEqualTo(10_001);
            assertThat(bytes.lineStartAtOrAfter(10_001)).isEqualTo(10_001);
            assertThat(bytes.lineStartAtOrAfter(10_002)).isEqualTo(text.length());
        }
    }
}
