package io.github.revops.examples.report;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
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
    private static final int SHOWN = 100;

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
     * @throws IllegalArgumentException if the file is not such a CSV (broken quoting, a row with more or fewer
     *         values than the header), a column is missing or named twice, or an agent is listed twice; the message
     *         names the source and the line
     * @throws UncheckedIOException if the input cannot be read
     */
    public static SalesTeams read(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        String name = DisplayText.bounded(source, SHOWN);
        Map<String, String> offices = new TreeMap<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = header(reader, name)) {
            int width = parser.getHeaderNames().size();
            Iterator<CSVRecord> rows = parser.iterator();
            long line = 1;
            while (hasNext(rows, line + 1, name)) {
                CSVRecord row = rows.next();
                line = parser.getCurrentLineNumber();
                if (row.size() != width) {
                    throw new IllegalArgumentException(name + " line " + line + ": the row has " + row.size()
                            + " values, the header has " + width);
                }
                String agent = row.get(AGENT);
                if (offices.put(agent, row.get(OFFICE)) != null) {
                    throw new IllegalArgumentException(name + " line " + line + ", column '" + AGENT + "', value '"
                            + DisplayText.bounded(agent, SHOWN) + "': listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new SalesTeams(offices);
    }

    private static CSVParser header(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        CSVParser parser;
        try {
            parser = format.parse(reader);
        } catch (CSVException | IllegalArgumentException | IllegalStateException e) {
            throw malformed(name, 1, e);
        }
        for (String column : new String[] {AGENT, OFFICE}) {
            if (parser.getHeaderNames().stream().filter(column::equals).count() > 1) {
                parser.close();
                throw new IllegalArgumentException(name + " line 1: column '" + column + "' appears more than once"
                        + " in the header");
            }
            if (!parser.getHeaderMap().containsKey(column)) {
                String found = DisplayText.bounded(String.join(", ", parser.getHeaderNames()), SHOWN * 2);
                parser.close();
                throw new IllegalArgumentException(name + " line 1: column '" + column + "' missing from the header"
                        + " (found: " + found + ")");
            }
        }
        return parser;
    }

    /** Checks for another row; a broken one is named by the line after the last good row. */
    private static boolean hasNext(Iterator<CSVRecord> rows, long nextLine, String name) {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed(name, nextLine, e);
        }
    }

    private static IllegalArgumentException malformed(String name, long line, Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        return new IllegalArgumentException(name + " line " + line + ": not a valid CSV file ("
                + DisplayText.bounded(String.valueOf(cause.getMessage()), SHOWN * 2) + ")", e);
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
