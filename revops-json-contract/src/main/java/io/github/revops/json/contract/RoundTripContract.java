package io.github.revops.json.contract;

import io.github.revops.json.RevopsJson;
import io.github.revops.result.Breakdown;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

/**
 * Every type with a shape, over random values: written, then read back, gives an equal object (a breakdown's total
 * too), and writing that object again gives the same text.
 */
public interface RoundTripContract {

    /** The JSON library under test, with the revops module registered. */
    JsonEngine engine();

    @Test
    default void everyTypeWithAShape_hasRandomValuesInTheContract() {
        Set<Class<?>> sampled = Samples.all().stream().map(s -> s.type().raw()).collect(Collectors.toSet());
        assertThat(RevopsJson.types()).allSatisfy(type -> assertThat(sampled)
                .as("a generator for %s in a *Values class of revops-json-contract", type.getName())
                .contains(type));
    }

    @TestFactory
    default Stream<DynamicTest> everyType_readsBackEqual() {
        return Samples.all().stream().map(sample -> dynamicTest(sample.toString(), () -> qt().withExamples(150)
                .forAll(values(sample)).checkAssert(value -> {
                    String json = engine().write(value);
                    Object back = engine().read(json, sample.type());
                    assertThat(back).as(json).isEqualTo(value);
                    assertThat(engine().write(back)).isEqualTo(json);
                    if (value instanceof Breakdown<?, ?> breakdown) {
                        assertThat(((Breakdown<?, ?>) back).total()).as(json).isEqualTo(breakdown.total());
                    }
                })));
    }

    @TestFactory
    default Stream<DynamicTest> everyType_writesTheSameJson_andReadsBackEqual_likeASpringApplication() {
        return Samples.all().stream().map(sample -> dynamicTest(sample.toString(), () -> qt().withExamples(30)
                .forAll(values(sample)).checkAssert(value -> {
                    String json = engine().writeLikeSpring(value);
                    assertThat(json).isEqualTo(engine().write(value));
                    assertThat(engine().readIgnoringUnknown(json, sample.type())).isEqualTo(value);
                })));
    }

    @SuppressWarnings("unchecked") // a sample's generator makes values of its type
    static Gen<Object> values(Sample sample) {
        return (Gen<Object>) sample.values();
    }
}
