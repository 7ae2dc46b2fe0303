package io.github.revops.examples.report;

import io.github.revops.examples.BundledData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A CSV file the report reads: a file named on the command line, or a file bundled with the report.
 *
 * @param name  the file name, as messages give it, not null
 * @param path  the file, or null for a bundled file
 * @param bundled  the bundled file's name ({@link BundledData}), or null for a file
 */
public record CsvInput(String name, Path path, String bundled) {

    /**
     * Checks that exactly one of path and bundled is given.
     *
     * @param name  the file name, as messages give it, not null
     * @param path  the file, or null for a bundled file
     * @param bundled  the bundled file's name, or null for a file
     */
    public CsvInput {
        Objects.requireNonNull(name, "name");
        if ((path == null) == (bundled == null)) {
            throw new IllegalArgumentException("a CSV input is a file or a bundled file, not both or neither");
        }
    }

    /**
     * A file.
     *
     * @param path  the file, not null
     * @return the input, never null
     */
    public static CsvInput file(Path path) {
        return new CsvInput(String.valueOf(path.getFileName()), path, null);
    }

    /**
     * A bundled file.
     *
     * @param name  a {@link BundledData} constant, not null
     * @return the input, never null
     */
    public static CsvInput bundled(String name) {
        return new CsvInput(BundledData.fileName(name), null, name);
    }

    /**
     * Checks if the input is a bundled file.
     *
     * @return true when bundled
     */
    public boolean isBundled() {
        return bundled != null;
    }

    /**
     * Opens the bytes.
     *
     * @return the stream, to close after use, never null
     * @throws UncheckedIOException if the file cannot be opened
     */
    public InputStream open() {
        if (isBundled()) {
            return BundledData.open(bundled);
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }
}
