package io.github.revops.json.contract;

import io.github.revops.json.RevopsJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public type of revops-core's exported packages, found on the class path, has a JSON shape or a reason in
 * {@link PublicTypes#WITHOUT_SHAPE}: a new record or result without a shape fails the build.
 */
public interface CoverageContract {

    @Test
    default void everyPublicTypeOfTheCore_hasAShapeOrAReasonNotTo() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : PublicTypes.ofTheCore()) {
            if (!RevopsJson.handles(type) && PublicTypes.reasonWithout(type).isEmpty()) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("public types of revops-core without a JSON shape: add one to revops-json "
                + "(docs/json.md, a schema) or a reason to PublicTypes.WITHOUT_SHAPE").isEmpty();
    }

    @Test
    default void theScanFindsTheCoreTypes_andEveryReasonNamesAPublicType() {
        List<Class<?>> found = PublicTypes.ofTheCore();
        assertThat(found).as("the scan of revops-core's exported packages").hasSizeGreaterThan(80)
                .contains(io.github.revops.money.Money.class, io.github.revops.result.TimeSeries.Point.class,
                        io.github.revops.domain.Deal.class);
        for (Map.Entry<Class<?>, String> reason : PublicTypes.WITHOUT_SHAPE.entrySet()) {
            assertThat(found).as("listed without a shape: %s", reason.getKey()).contains(reason.getKey());
            assertThat(RevopsJson.handles(reason.getKey())).as("%s has a shape and a reason not to",
                    reason.getKey()).isFalse();
        }
    }
}
