package io.github.revops.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts, read from its WebJar ({@code org.webjars.npm:echarts}) on the classpath, to inline into the HTML
 * report so the page needs no network.
 *
 * <p>The minified script has one {@code "]]>"} string literal, which would end the page's CDATA section; it is
 * written {@code "]]\x3e"}, the same string in JavaScript. Any other {@code ]]>} or a {@code </script} in a later
 * version fails loudly rather than breaking the page.
 */
public final class EChartsScript {

    private static final String WEBJAR = "/META-INF/resources/webjars/echarts/";
    private static final String POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final String CDATA_END_LITERAL = "\"]]>\"";

    private EChartsScript() {
    }

    /**
     * Returns the version of the WebJar on the classpath.
     *
     * @return the version, such as {@code 5.3.1}
     * @throws IllegalStateException if the WebJar is not on the classpath
     */
    public static String version() {
        Properties pom = new Properties();
        try (InputStream in = resource(POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    /**
     * Returns the minified script, safe to place in a CDATA section of a {@code <script>} element.
     *
     * @return the script, never null
     * @throws IllegalStateException if the WebJar is missing or its script cannot be made safe
     */
    public static String minified() {
        String script;
        try (InputStream in = resource(WEBJAR + version() + "/dist/echarts.min.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String safe = script.replace(CDATA_END_LITERAL, "\"]]\\x3e\"");
        if (safe.contains("]]>") || safe.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("echarts.min.js " + version() + " has ']]>' or '</script' outside the"
                    + " known string literal: it cannot be inlined as is");
        }
        return safe;
    }

    private static InputStream resource(String name) {
        InputStream in = EChartsScript.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath: add org.webjars.npm:echarts");
        }
        return in;
    }
}
