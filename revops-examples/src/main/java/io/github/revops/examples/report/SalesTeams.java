package io.github.revops.examples.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The regional office of each sales agent, from a file with the columns {@code sales_agent} and
 * {@code regional_office} (the {@code sales_teams.csv} of the Maven CRM data set). An agent the file does not list
 * is in the office {@value #UNKNOWN}.
 * <pre>{@code
 * SalesTeams teams = SalesTeams.read(in, "sales_teams.csv");
 * WinRate.by(deals, period, deal -> teams.officeOf(deal.owner()));
 * }</pre>
 */
public final class SalesTeams {

    /** The office of an agent the file does not list. */
    public static final String UNKNOWN = "(no office)";

    private static final String AGENT = "sales_agent";
    private static final String OFFICE = "regional_office";

    private final Map<String, String> officeOfAgent;

    private SalesTeams(Map<String, String> officeOfAgent) {
        this.officeOfAgent = Map.copyOf(officeOfAgent);
    }

    /**
     * Reads the agents and their offices.
     *
     * @param in  the CSV, UTF-8, with a header naming sales_agent and regional_office; closed at the end
     * @param source  the name of the input for messages, not null
     * @return the teams, never null
     * @throws IllegalArgumentException if a column is missing or an agent is listed twice, naming the source
     * @throws UncheckedIOException if the input cannot be read
     */
    public static SalesTeams read(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        Map<String, String> offices = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             var parser = format.parse(reader)) {
            for (String column : new String[] {AGENT, OFFICE}) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(source + " line 1: column '" + column
                            + "' missing from the header (found: " + String.join(", ", parser.getHeaderNames()) + ")");
                }
            }
            for (CSVRecord row : parser) {
                String agent = row.get(AGENT);
                if (offices.put(agent, row.get(OFFICE)) != null) {
                    throw new IllegalArgumentException(source + " line " + row.getParser().getCurrentLineNumber()
                            + ", column '" + AGENT + "', value '" + agent + "': listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return new SalesTeams(offices);
    }

    /**
     * Returns an agent's regional office.
     *
     * @param agent  the agent (a deal's owner), not null
     * @return the office, or {@value #UNKNOWN}, never null
     */
    public String officeOf(String agent) {
        return officeOfAgent.getOrDefault(agent, UNKNOWN);
    }

    /**
     * Returns how many agents the file lists.
     *
     * @return the number of agents
     */
    public int agents() {
        return officeOfAgent.size();
    }
}
