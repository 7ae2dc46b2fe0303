package io.github.revops.csv;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test inputs: the fixture files under src/test/resources and CSV text written in the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static StringReader text(String... lines) {
        return new StringReader(String.join("\n", lines) + "\n");
    }
}
