package io.github.revops.json.contract;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaClient;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.SchemaLoaderConfig;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;
import io.github.revops.result.Breakdown;
import io.github.revops.result.TimeSeries;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of revops-json (its jar's {@code json-schema/} folder), and the check of a value's JSON against
 * its type's schema; a generic result's groups, points and total are checked against their type's schema too.
 */
public final class Schemas {

    /** Where the schemas are, on the class path. */
    public static final String FOLDER = "json-schema/";

    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The schema file of a type: its simple name, after its enclosing class's ({@code TimeSeries.Point.json}). */
    public static String fileOf(Class<?> type) {
        String name = type.getSimpleName();
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = outer.getSimpleName() + "." + name;
        }
        return name + ".json";
    }

    /**
     * Returns what is wrong with a value's JSON against its type's schema, or an empty list.
     *
     * @param engine  writes the value and its parts
     * @param value  the value
     * @param type  its type, with its type arguments
     * @return the failures, one per schema broken, empty when the JSON is valid
     */
    public static List<String> failures(JsonEngine engine, Object value, JsonType type) {
        List<String> failures = new ArrayList<>();
        ValidationFailure failure = Validator.forSchema(schema(type.raw()))
                .validate(new JsonParser(engine.write(value)).parse());
        if (failure != null) {
            failures.add(type + ": " + failure);
        }
        if (value instanceof Breakdown<?, ?> breakdown) {
            JsonType valueType = type.arguments().get(1);
            breakdown.groups().values().forEach(v -> failures.addAll(failures(engine, v, valueType)));
            failures.addAll(failures(engine, breakdown.total(), valueType));
        } else if (value instanceof TimeSeries<?> series) {
            series.values().forEach(v -> failures.addAll(failures(engine, v, type.arguments().get(0))));
        } else if (value instanceof TimeSeries.Point<?> point) {
            failures.addAll(failures(engine, point.value(), type.arguments().get(0)));
        }
        return failures;
    }

    /**
     * The schema of a type, loaded once; its references to other files of the folder are read from the class path
     * too (never from the network).
     */
    public static Schema schema(Class<?> type) {
        return LOADED.computeIfAbsent(fileOf(type), file -> {
            URI uri = URI.create("classpath:///" + FOLDER + file);
            SchemaClient known = SchemaClient.createDefaultInstance(Map.of());   // holds the meta-schemas
            SchemaClient client = u -> "classpath".equals(u.getScheme()) ? open(u) : known.get(u);
            return new SchemaLoader(client.getParsed(uri), new SchemaLoaderConfig(client, uri)).load();
        });
    }

    private static InputStream open(URI uri) {
        String path = uri.getPath().substring(1);
        InputStream in = RevopsJson.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException(path + " on the class path"));
        }
        return in;
    }
}
