package io.github.revops.json.contract;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Validator;
import io.github.revops.domain.Deal;
import io.github.revops.json.RevopsJson;
import io.github.revops.money.Money;
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

    @Test
    default void theSchemas_refuseWhatTheShapesAreNot() {
        String[] notMoney = {"{\"currency\":\"USD\",\"amount\":25.95}", "{\"currency\":\"usd\",\"amount\":\"1\"}",
                "{\"currency\":\"USD\"}", "{\"currency\":\"USD\",\"amount\":\"1\",\"cents\":100}"};
        for (String json : notMoney) {
            assertThat(Validator.forSchema(Schemas.schema(Money.class)).validate(new JsonParser(json).parse()))
                    .as(json).isNotNull();
        }
        String badDeal = "{\"id\":\"D-1\",\"customerId\":\"ACME\",\"owner\":\"Ana\",\"source\":\"Web\","
                + "\"type\":\"NEW_BUSINESS\",\"amount\":{\"currency\":\"USD\",\"amount\":\"1.00\"},"
                + "\"createdDate\":\"2026-1-5\",\"status\":\"OPEN\",\"closeDate\":null,\"stageHistory\":[],"
                + "\"forecastCategory\":null,\"segments\":{}}";
        assertThat(Validator.forSchema(Schemas.schema(Deal.class)).validate(new JsonParser(badDeal).parse()))
                .as("a date not in ISO form").isNotNull();
        assertThat(Validator.forSchema(Schemas.schema(Deal.class))
                .validate(new JsonParser(badDeal.replace("2026-1-5", "2026-01-05")).parse())).isNull();
    }

    @TestFactory
    default Stream<DynamicTest> everyType_writesJsonValidAgainstItsSchema() {
        return Samples.all().stream().map(sample -> dynamicTest(sample.toString(), () -> qt().withExamples(40)
                .forAll(RoundTripContract.values(sample))
                .checkAssert(value -> assertThat(Schemas.failures(engine(), value, sample.type()))
                        .as(engine().write(value)).isEmpty())));
    }
}
