package io.github.revops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON test vector file of the test resources: its cases, in file order, and the case with a name. */
public final class VectorFile {

    private final JsonNode root;

    private VectorFile(JsonNode root) {
        this.root = root;
    }

    /** Reads a test resource, such as {@code /vectors/recurring-revenue.json}. */
    public static VectorFile load(String resource) {
        try (InputStream in = VectorFile.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new VectorFile(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case of the file, in file order. */
    public List<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        root.get("cases").forEach(cases::add);
        return cases;
    }

    /** The case with a name. */
    public JsonNode named(String name) {
        return cases().stream().filter(c -> c.get("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
