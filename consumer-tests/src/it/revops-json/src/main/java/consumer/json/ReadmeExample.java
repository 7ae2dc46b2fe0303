package consumer.json;

import io.github.revops.json.JsonReadException;
import io.github.revops.json.JsonTree;
import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;
import io.github.revops.json.UnknownProperties;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * revops-json without a JSON library, as a user's program: a value as a JSON tree, read back, a bad tree refused with
 * its JSON path, and a shape's JSON Schema read from the jar.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) throws IOException {
        Module module = ReadmeExample.class.getModule();
        System.out.println("== revops-json consumer " + (module.isNamed()
                ? "on the module path, in module " + module.getName() + " reading io.github.revops.json"
                : "on the class path"));

        JsonTree money = RevopsJson.toTree(Money.parse("USD 2360.91"));
        System.out.println("money: " + money);
        System.out.println("read back: " + RevopsJson.read(money, JsonType.of(Money.class), UnknownProperties.FAIL));
        System.out.println("ratio: " + RevopsJson.toTree(Ratio.of(12, 20)));

        JsonTree bad = new JsonTree.Obj(Map.of("currency", new JsonTree.Str("USD"),
                "amount", new JsonTree.Str("25.955")));
        try {
            RevopsJson.read(bad, JsonType.of(Money.class), UnknownProperties.FAIL);
        } catch (JsonReadException e) {
            System.out.println("refused at " + e.path() + ": " + e.problem());
        }

        try (InputStream schema = RevopsJson.class.getModule().getResourceAsStream("json-schema/Money.json")) {
            String text = new String(schema.readAllBytes(), StandardCharsets.UTF_8);
            System.out.println("schema json-schema/Money.json: " + text.lines().filter(l -> l.contains("\"title\""))
                    .map(l -> l.trim().replaceAll(",$", "")).findFirst().orElse("no title"));
        }
    }
}
