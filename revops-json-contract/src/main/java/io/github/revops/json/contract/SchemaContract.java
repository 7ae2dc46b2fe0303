package io.github.revops.json.contract;

import io.github.revops.json.RevopsJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

/** Every type's JSON, over random values, is valid against the type's JSON Schema in revops-json. */
public interface SchemaContract {

    /** The JSON library under test, with the revops module registered. */
    JsonEngine engine();

    @Test
    default void everyTypeWithAShape_hasASchemaFile() throws IOException {
        for (Class<?> type : RevopsJson.types()) {
            try (InputStream schema = RevopsJson.class.getClassLoader()
                    .getResourceAsStream(Schemas.FOLDER + Schemas.fileOf(type))) {
                assertThat(schema).as("%s%s in revops-json's resources", Schemas.FOLDER, Schemas.fileOf(type))
                        .isNotNull();
            }
        }
    }

    @TestFactory
    default Stream<DynamicTest> everyType_writesJsonValidAgainstItsSchema() {
        return Samples.all().stream().map(sample -> dynamicTest(sample.toString(), () -> qt().withExamples(40)
                .forAll(RoundTripContract.values(sample))
                .checkAssert(value -> assertThat(Schemas.failures(engine(), value, sample.type()))
                        .as(engine().write(value)).isEmpty())));
    }
}
