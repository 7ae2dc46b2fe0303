package io.github.revops.csv;

import java.io.StringReader;

/** A test input that records whether the reader under test closed it. */
final class TrackedReader extends StringReader {

    private boolean closed;

    TrackedReader(String text) {
        super(text);
    }

    @Override
    public void close() {
        closed = true;
        super.close();
    }

    boolean closed() {
        return closed;
    }
}
