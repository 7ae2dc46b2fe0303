package io.github.revops.json.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/json.md shows what the library writes: each block after an {@code <!-- example: name -->} marker is, but for
 * its layout, the JSON of {@link Examples} of that name, and reads back to it.
 */
public interface DocumentedExamplesContract {

    /** The JSON library under test, with the revops module registered. */
    JsonEngine engine();

    @Test
    default void everyExampleOfTheJsonPage_isWhatTheLibraryWrites_andReadsBack() throws IOException {
        Map<String, String> blocks = blocks(Files.readString(page()));
        assertThat(blocks.keySet()).as("the examples of docs/json.md").containsExactlyElementsOf(
                Examples.all().keySet());
        Examples.all().forEach((name, example) -> {
            String written = engine().write(example.value());
            assertThat(written).as("docs/json.md, example %s", name).isEqualTo(compact(blocks.get(name)));
            assertThat(engine().read(blocks.get(name), example.type())).as(name).isEqualTo(example.value());
        });
    }

    /** docs/json.md, found from the module's folder up. */
    private static Path page() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path page = dir.resolve("docs").resolve("json.md");
            if (Files.exists(page)) {
                return page;
            }
        }
        throw new IllegalStateException("docs/json.md not found above " + Path.of("").toAbsolutePath());
    }

    private static Map<String, String> blocks(String page) {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(page);
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
        }
        return blocks;
    }

    /** The JSON without the whitespace between tokens. */
    private static String compact(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
