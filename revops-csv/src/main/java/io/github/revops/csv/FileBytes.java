package io.github.revops.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads windows of a file by offset; positional reads, so threads may share it. */
final class FileBytes {

    private static final int SCAN = 4 * 1024;

    private final FileChannel channel;
    private final long size;

    FileBytes(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    long size() {
        return size;
    }

    /** Reads up to {@code length} bytes from an offset into a new array; returns the bytes read. */
    int read(long offset, byte[] into) {
        int length = (int) Math.min(into.length, Math.max(0, size - offset));
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.position();
    }

    /** Returns the first offset at or after {@code offset} that follows a line feed, or the size. */
    long lineStartAtOrAfter(long offset) {
        byte[] block = new byte[SCAN];
        long at = offset - 1;
        while (at < size) {
            int n = read(at, block);
            for (int i = 0; i < n; i++) {
                if (block[i] == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
        return size;
    }
}
