package io.github.revops.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML page of the report on the bundled data: it parses as XML (so it is well-formed), is self-contained (no
 * external script, style or image), inlines ECharts, and its chart data carry the figures the tables print.
 */
class HtmlReportTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @TempDir
    static Path dir;

    private static ReportRun run;
    private static Document page;
    private static JsonNode data;

    @BeforeAll
    static void writeThePage() throws Exception {
        Path html = dir.resolve("report.html");
        run = ReportRun.of("--html", html.toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        page = factory.newDocumentBuilder().parse(html.toFile());   // throws SAXParseException if not well-formed
        data = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(byId("report-data").getTextContent());
    }

    @Test
    void thePageIsWellFormedAndSelfContained() {
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("wrote ");
        Element root = page.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("html");
        assertThat(root.getNamespaceURI()).isEqualTo(XHTML);
        assertThat(page.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent()).isEqualTo("revops report");
        NodeList scripts = page.getElementsByTagNameNS(XHTML, "script");
        assertThat(scripts.getLength()).isEqualTo(3);
        for (int i = 0; i < scripts.getLength(); i++) {
            assertThat(((Element) scripts.item(i)).hasAttribute("src")).isFalse();
        }
        assertThat(page.getElementsByTagNameNS(XHTML, "link").getLength()).isZero();
        assertThat(page.getElementsByTagNameNS(XHTML, "img").getLength()).isZero();
        // ECharts itself, inlined from the WebJar
        assertThat(scripts.item(1).getTextContent()).contains("echarts").hasSizeGreaterThan(1_000_000);
        for (String chart : List.of("win-rate", "arr-bridge", "arr-trend", "cohorts")) {
            assertThat(byId(chart).getAttribute("class")).isEqualTo("chart");
        }
        // the text report is on the page too
        assertThat(page.getElementsByTagNameNS(XHTML, "pre").item(0).getTextContent()).isEqualTo(run.out());
    }

    @Test
    void winRateByQuarter_carriesTheTablesFigures() {
        JsonNode w = data.get("winRateByQuarter");
        assertThat(texts(w.get("quarters"))).containsExactly("2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4");
        for (int q = 0; q < 4; q++) {
            List<String> row = run.firstRow("Per quarter", "2017-Q" + (q + 1));
            assertThat(w.get("winRate").get(q).decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(row.get(3)));
            assertThat(w.get("won").get(q).asLong()).isEqualTo(ReportGoldenOutputTest.number(row.get(1)).longValue());
            assertThat(w.get("lost").get(q).asLong()).isEqualTo(ReportGoldenOutputTest.number(row.get(2)).longValue());
        }
        assertThat(w.get("winRate").get(2).decimalValue()).isEqualByComparingTo(new BigDecimal("61.4"));
    }

    @Test
    void arrBridge_carriesTheTablesFigures() {
        JsonNode steps = data.get("arrBridge").get("steps");
        List<String> lines = run.table("ARR bridge, 2024 (12 x the MRR bridge's 2024 sum of months)");
        assertThat(steps).hasSize(lines.size() - 2);
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String line = lines.get(i + 2);
            assertThat(line).startsWith(step.get("label").asText());
            BigDecimal printed = ReportGoldenOutputTest.number(line.substring(line.lastIndexOf("  ")).strip());
            BigDecimal charted = step.get("value").decimalValue();
            assertThat(step.get("kind").asText().equals("DECREASE") ? charted.negate() : charted)
                    .isEqualByComparingTo(printed);
        }
        assertThat(steps.get(steps.size() - 1).get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("121915296.00"));
        assertThat(data.get("headline").get("arr").decimalValue()).isEqualByComparingTo(new BigDecimal("121915296.00"));
    }

    @Test
    void arrAtMonthEnds_carriesTheTablesFigures() {
        JsonNode arr = data.get("arrAtMonthEnds");
        assertThat(arr.get("dates")).hasSize(12);
        for (int m = 0; m < 12; m++) {
            String date = arr.get("dates").get(m).asText();
            assertThat(arr.get("arr").get(m).decimalValue()).isEqualByComparingTo(
                    ReportGoldenOutputTest.number(run.row("MRR and ARR at month ends", date).get(2)));
        }
    }

    @Test
    void cohortHeatMap_carriesTheTablesFigures() {
        JsonNode c = data.get("cohortRetention");
        String title = "Logo retention % of the customers acquired in each month, by months since acquisition";
        assertThat(c.get("unit").asText()).isEqualTo("month");
        assertThat(c.get("columns").asInt()).isEqualTo(12);
        int cells = 0;
        for (JsonNode cell : c.get("cells")) {
            int column = cell.get(0).asInt();
            int row = cell.get(1).asInt();
            List<String> printed = run.row(title, c.get("cohorts").get(row).asText());
            assertThat(printed.get(1)).isEqualTo(c.get("customers").get(row).asText());
            assertThat(cell.get(2).decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(printed.get(column + 2)));
            cells++;
        }
        assertThat(cells).isEqualTo(12 * 13 / 2);   // a triangle: January has 12 columns, December 1
    }

    @Test
    void headline_carriesTheTotals() {
        JsonNode h = data.get("headline");
        List<String> year = run.row("Per quarter", "2017");
        assertThat(h.get("winRate").decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(year.get(3)));
        assertThat(h.get("medianCycleDays").decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(year.get(5)));
        assertThat(h.get("velocityPerDay").decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(year.get(9)));
        List<String> churn = run.row("Churn and retention", "2024 start vs end");
        assertThat(h.get("logoChurn").decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(churn.get(3)));
        assertThat(h.get("nrr").decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(churn.get(6)));
        assertThat(h.get("grr").decimalValue()).isEqualByComparingTo(ReportGoldenOutputTest.number(churn.get(7)));
        assertThat(h.get("nrr").decimalValue()).isEqualByComparingTo(new BigDecimal("292.3"));
    }

    @Test
    void headlineTiles_sayTheyCompareEachCustomerAtTheYearsStartAndEnd() {
        JsonNode h = data.get("headline");
        assertThat(h.get("retentionLabel").asText()).isEqualTo("2024 start vs end");
        assertThat(h.get("retentionBasis").asText()).isEqualTo("each customer on 2023-12-31 against 2024-12-31");
        // the tiles are drawn by the page's script from those two texts, under each of the three figures
        String script = page.getElementsByTagNameNS(XHTML, "script").item(2).getTextContent();
        assertThat(script).contains("tiles.push(['NRR ' + h.retentionLabel, h.nrr === null ? '-' : h.nrr + ' %',"
                + " h.retentionBasis]);", "tiles.push(['GRR ' + h.retentionLabel,",
                "tiles.push(['Logo churn ' + h.retentionLabel,");
        assertThat(script).doesNotContain("'NRR ' + data.recurringPeriod");
        // the ARR chart says its movements are the sum of the months
        assertThat(page.getElementsByTagNameNS(XHTML, "h2").item(1).getTextContent())
                .isEqualTo("ARR bridge, 2024 (movements summed over the months)");
    }

    private static Element byId(String id) {
        NodeList all = page.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
