package io.github.revops.jackson;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of revops: serializers and deserializers for every public record and result of revops-core
 * (and the enums they use), in the shapes documented in docs/json.md.
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RevopsModule()).build();
 * mapper.writeValueAsString(Money.parse("USD 2360.91"));      // {"currency":"USD","amount":"2360.91"}
 * Breakdown<String, WinRate> perOwner = mapper.readValue(json, new TypeReference<Breakdown<String, WinRate>>() {});
 * }</pre>
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} registers it too (it is a service of
 * {@link JacksonModule}), as Spring Boot 4 does. Reading builds each value through its own constructor or factory;
 * a document that is not a value of the type (a property missing, of the wrong type, refused by the type, or a
 * computed figure that does not match its parts) fails with a {@code MismatchedInputException} whose message starts
 * with the JSON path of the property, such as {@code $.closedWon.amount.currency}. A property the shape does not
 * have fails too, unless {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is off.
 *
 * @since 0.1.0
 */
public final class RevopsModule extends JacksonModule {

    /** Creates the module. */
    public RevopsModule() {
        // the module has no settings
    }

    @Override
    public String getModuleName() {
        return "revops";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new RevopsSerializers());
        context.addDeserializers(new RevopsDeserializers());
    }
}
