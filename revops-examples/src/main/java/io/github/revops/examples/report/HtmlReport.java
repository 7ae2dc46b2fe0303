package io.github.revops.examples.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the report as one self-contained HTML page: key figures, charts drawn by Apache ECharts (inlined from its
 * WebJar, so the page works offline) and the text report below them.
 *
 * <p>The page is well-formed XML as well as HTML (XHTML syntax, scripts in commented CDATA sections), so tools can
 * parse it. The chart data sit in a {@code <script type="application/json" id="report-data">} element, written from
 * {@link ChartData}; {@code <}, {@code >} and {@code &} in it are JSON escapes. Text from the inputs (file names,
 * the text report) goes through {@link #escape}, so no control character reaches the page (docs/decisions/0102).
 */
public final class HtmlReport {

    /** The id of the element that holds the chart data. */
    public static final String DATA_ID = "report-data";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private HtmlReport() {
    }

    /**
     * Renders the page.
     *
     * @param figures  the report's figures, not null
     * @param text  the text report, shown at the bottom of the page, not null
     * @return the page, never null
     */
    public static String render(ReportFigures figures, String text) {
        StringBuilder page = new StringBuilder(1_100_000);
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>revops report</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>revops report</h1>\n<p class=\"sources\">")
                .append(escape(sources(figures))).append("</p>\n<div id=\"headline\" class=\"tiles\"></div>\n");
        figures.pipeline().ifPresent(p -> page.append(chart("win-rate", "Win rate by quarter, "
                + p.range().label())));
        figures.recurring().ifPresent(r -> page
                .append(chart("arr-bridge", "ARR bridge, " + r.range().label() + " (movements summed over the"
                        + " months)"))
                .append(chart("arr-trend", "ARR at month ends"))
                .append(chart("cohorts", "Logo retention % by " + RecurringFigures.cohortUnit(r.range())
                        + "ly cohort")));
        page.append("<details open=\"open\"><summary>The report as text</summary>\n<pre>").append(escape(text))
                .append("</pre></details>\n")
                .append("<p class=\"sources\">Charts: Apache ECharts ").append(escape(EChartsScript.version()))
                .append(" (Apache License 2.0), inlined.</p>\n")
                .append("<script type=\"application/json\" id=\"").append(DATA_ID).append("\">")
                .append(json(ChartData.of(figures))).append("</script>\n")
                .append("<script>//<![CDATA[\n").append(EChartsScript.minified()).append("\n//]]></script>\n")
                .append("<script>//<![CDATA[\n").append(CHARTS).append("//]]></script>\n")
                .append("</body>\n</html>\n");
        return page.toString();
    }

    private static String sources(ReportFigures figures) {
        StringBuilder s = new StringBuilder();
        figures.input().deals().ifPresent(d -> s.append("Deals: ").append(d.summary().source()).append(" (")
                .append(d.records().size()).append(" deals). "));
        figures.input().subscriptions().ifPresent(d -> s.append("Subscriptions: ").append(d.summary().source())
                .append(" (").append(d.records().size()).append(" subscriptions). "));
        return s.append("Computed with revops.").toString();
    }

    private static String chart(String id, String title) {
        return "<section><h2>" + escape(title) + "</h2><div id=\"" + id + "\" class=\"chart\"></div></section>\n";
    }

    /**
     * Writes chart data as JSON that is safe inside a script element and an XML text node.
     *
     * @param data  maps, lists, strings, numbers and nulls, not null
     * @return the JSON, never null
     */
    static String json(Map<String, Object> data) {
        try {
            // <, > and & occur in JSON only inside strings, where their \\u escapes mean the same
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Escapes text for an HTML or XML text node or attribute value: first the characters {@link DisplayText} makes
     * visible (controls, which XML 1.0 forbids even as character references, bidi controls, lone surrogates), line
     * feeds kept, then the markup characters as entities.
     *
     * @param text  the text, not null
     * @return the escaped text, never null
     */
    static String escape(String text) {
        String safe = DisplayText.escapeKeepingLines(text);
        StringBuilder out = new StringBuilder(safe.length());
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px 40px;
                   color: #1f2933; background: #ffffff; }
            h1 { margin-bottom: 4px; }
            h2 { font-size: 17px; margin: 20px 0 4px; }
            .sources { color: #52606d; font-size: 13px; }
            .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
            .tile { border: 1px solid #d9e2ec; border-radius: 6px; padding: 10px 16px; min-width: 150px; }
            .tile .value { font-size: 22px; font-weight: 600; }
            .tile .name { font-size: 12px; color: #52606d; }
            .chart { width: 100%; height: 340px; }
            section { border-top: 1px solid #e4e7eb; }
            pre { font-size: 11px; background: #f5f7fa; padding: 12px; overflow-x: auto; }
            """;

    private static final String CHARTS = """
            (function () {
              var data = JSON.parse(document.getElementById('report-data').textContent);
              var grouped = function (v) { return v === null ? '-' : Number(v).toLocaleString('en-US'); };
              var draw = function (id, option) {
                var el = document.getElementById(id);
                if (!el) { return; }
                option.animation = false;
                var c = echarts.init(el);
                c.setOption(option);
                window.addEventListener('resize', function () { c.resize(); });
              };
              var tiles = [];
              var h = data.headline;
              if (h.winRate !== undefined) {
                tiles.push(['Win rate ' + data.pipelinePeriod, h.winRate === null ? '-' : h.winRate + ' %']);
                tiles.push(['Median sales cycle', h.medianCycleDays === null ? '-' : h.medianCycleDays + ' days']);
                tiles.push(['Pipeline velocity', grouped(h.velocityPerDay) + ' ' + data.dealCurrency + '/day']);
              }
              if (h.arr !== undefined) {
                tiles.push(['ARR at the end of ' + data.recurringPeriod, grouped(h.arr) + ' ' + data.subscriptionCurrency]);
                tiles.push(['NRR ' + h.retentionLabel, h.nrr === null ? '-' : h.nrr + ' %', h.retentionBasis]);
                tiles.push(['GRR ' + h.retentionLabel, h.grr === null ? '-' : h.grr + ' %', h.retentionBasis]);
                tiles.push(['Logo churn ' + h.retentionLabel, h.logoChurn === null ? '-' : h.logoChurn + ' %',
                            h.retentionBasis]);
              }
              var text = function (s) {
                return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
              };
              document.getElementById('headline').innerHTML = tiles.map(function (t) {
                return '<div class="tile"><div class="value">' + text(t[1]) + '</div><div class="name">' + text(t[0])
                    + (t[2] ? '<br/>' + text(t[2]) : '') + '</div></div>';
              }).join('');
              if (data.winRateByQuarter) {
                var w = data.winRateByQuarter;
                draw('win-rate', {
                  tooltip: { trigger: 'axis' },
                  legend: { data: ['Win rate %', 'Won', 'Lost'] },
                  xAxis: { type: 'category', data: w.quarters },
                  yAxis: [{ type: 'value', name: 'Win rate %', min: 0, max: 100 },
                          { type: 'value', name: 'Deals closed' }],
                  series: [
                    { name: 'Won', type: 'bar', stack: 'closed', yAxisIndex: 1, data: w.won, color: '#9fb3c8' },
                    { name: 'Lost', type: 'bar', stack: 'closed', yAxisIndex: 1, data: w.lost, color: '#d9e2ec' },
                    { name: 'Win rate %', type: 'line', data: w.winRate, color: '#2f6fdf', symbolSize: 9,
                      label: { show: true, formatter: '{c} %', fontWeight: 'bold' } }
                  ]
                });
              }
              if (data.arrBridge) {
                var steps = data.arrBridge.steps, running = 0;
                var base = [], up = [], down = [], total = [];
                steps.forEach(function (s) {
                  if (s.kind === 'TOTAL') {
                    running = s.value; base.push(0); total.push(s.value); up.push('-'); down.push('-');
                  } else if (s.kind === 'INCREASE') {
                    base.push(running); up.push(s.value); down.push('-'); total.push('-'); running += s.value;
                  } else {
                    running -= s.value; base.push(running); down.push(s.value); up.push('-'); total.push('-');
                  }
                });
                var money = { show: true, position: 'top', formatter: function (p) { return grouped(p.value); } };
                draw('arr-bridge', {
                  tooltip: { trigger: 'item', formatter: function (p) { return p.name + ': ' + grouped(p.value); } },
                  xAxis: { type: 'category', data: steps.map(function (s) { return s.label; }) },
                  yAxis: { type: 'value', axisLabel: { formatter: function (v) { return grouped(v); } } },
                  grid: { left: 110 },
                  series: [
                    { type: 'bar', stack: 'bridge', data: base, itemStyle: { color: 'transparent' }, silent: true },
                    { name: 'Total', type: 'bar', stack: 'bridge', data: total, color: '#2f6fdf', label: money },
                    { name: 'Increase', type: 'bar', stack: 'bridge', data: up, color: '#3ebd93', label: money },
                    { name: 'Decrease', type: 'bar', stack: 'bridge', data: down, color: '#e66a6a', label: money }
                  ]
                });
              }
              if (data.arrAtMonthEnds) {
                draw('arr-trend', {
                  tooltip: { trigger: 'axis' },
                  grid: { left: 110 },
                  xAxis: { type: 'category', data: data.arrAtMonthEnds.dates },
                  yAxis: { type: 'value', axisLabel: { formatter: function (v) { return grouped(v); } } },
                  series: [{ name: 'ARR', type: 'line', data: data.arrAtMonthEnds.arr, areaStyle: {},
                             color: '#2f6fdf' }]
                });
              }
              if (data.cohortRetention) {
                var r = data.cohortRetention, columns = [], low = 100;
                r.cells.forEach(function (c) { if (c[2] !== null) { low = Math.min(low, c[2]); } });
                low = Math.max(0, Math.floor(low / 5) * 5 - 5);
                for (var k = 0; k !== r.columns; k++) { columns.push(r.unit.charAt(0).toUpperCase() + k); }
                draw('cohorts', {
                  tooltip: { formatter: function (p) { return r.cohorts[p.value[1]] + ', ' + columns[p.value[0]]
                      + ': ' + p.value[2] + ' %'; } },
                  grid: { left: 140, bottom: 80 },
                  xAxis: { type: 'category', data: columns, splitArea: { show: true } },
                  yAxis: { type: 'category', inverse: true, splitArea: { show: true },
                           data: r.cohorts.map(function (c, i) { return c + ' (n=' + r.customers[i] + ')'; }) },
                  visualMap: { min: low, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
                               inRange: { color: ['#fde2e2', '#fff3c4', '#c6f7e2', '#3ebd93'] } },
                  series: [{ type: 'heatmap', data: r.cells, label: { show: true } }]
                });
              }
            })();
            """;
}
