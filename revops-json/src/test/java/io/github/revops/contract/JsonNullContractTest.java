package io.github.revops.contract;

import io.github.revops.json.JsonSink;
import io.github.revops.json.JsonTree;
import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;
import io.github.revops.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The null contract of revops-json (docs/decisions/0104-parameters-are-never-null.md): every public constructor and
 * method of the covered packages rejects a null argument with a {@code NullPointerException} whose message names
 * the parameter, or accepts null as its Javadoc documents. {@code JsonSink}'s methods are the caller's to implement,
 * so none is called here.
 */
class JsonNullContractTest extends NullContractChecks {

    /** The packages checked, one a line. */
    private static final List<String> COVERED = List.of(
            "io.github.revops.json");

    /** Exported packages, or types of covered ones, not checked yet: none. */
    private static final Set<String> IN_FLUX = Set.of();

    /** Parameters that accept null, each as documented in its Javadoc: {@code Type.member(parameter)} and why. */
    private static final Map<String, String> ACCEPTS_NULL = Map.of(
            "JsonReadException.<init>(cause)", "the exception the type threw, null when the document itself is wrong");

    JsonNullContractTest() {
        super(new NullContract(RevopsJson.class, COVERED, IN_FLUX, samples(), ACCEPTS_NULL,
                        NullArgumentCheck.OtherForm.NONE),
                11, 18, List.of("io.github.revops.json.RevopsJson", "io.github.revops.json.JsonTree$Arr",
                        "io.github.revops.json.JsonType"),
                List.of("io.github.revops.json.Shapes", "io.github.revops.json.TreeSink"));
    }

    private static Samples samples() {
        return new Samples()
                .put(Class.class, () -> Money.class)
                .put(JsonType.class, () -> JsonType.of(Money.class))
                .put(JsonType[].class, () -> new JsonType[0])
                .put(JsonTree.class, () -> RevopsJson.toTree(Money.parse("USD 1.00")))
                .put(JsonSink.class, IgnoringSink::new);
    }

    /** A sink that takes every event and keeps none. */
    private static final class IgnoringSink implements JsonSink {

        @Override
        public void beginObject() {
        }

        @Override
        public void endObject() {
        }

        @Override
        public void beginArray() {
        }

        @Override
        public void endArray() {
        }

        @Override
        public void name(String name) {
        }

        @Override
        public void string(String value) {
        }

        @Override
        public void number(long value) {
        }

        @Override
        public void number(BigDecimal value) {
        }

        @Override
        public void bool(boolean value) {
        }

        @Override
        public void nullValue() {
        }
    }
}
