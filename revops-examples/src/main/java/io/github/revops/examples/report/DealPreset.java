package io.github.revops.examples.report;

import io.github.revops.csv.DealCsv;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The deal exports the report reads: the presets of revops-csv, by the names the {@code --preset} argument takes.
 */
public enum DealPreset {

    /** A Salesforce opportunity report ({@link DealCsv#salesforce()}). */
    SALESFORCE("salesforce", DealCsv::salesforce),
    /** A HubSpot deals export ({@link DealCsv#hubSpot()}). */
    HUBSPOT("hubspot", DealCsv::hubSpot),
    /** The Maven CRM data set's sales_pipeline.csv ({@link DealCsv#mavenCrm()}). */
    MAVEN_CRM("maven-crm", DealCsv::mavenCrm);

    private final String argument;
    private final Supplier<DealCsv.Builder> builder;

    DealPreset(String argument, Supplier<DealCsv.Builder> builder) {
        this.argument = argument;
        this.builder = builder;
    }

    /**
     * Returns a new reader builder of the preset.
     *
     * @return the builder, never null
     */
    public DealCsv.Builder builder() {
        return builder.get();
    }

    /**
     * Returns the name the {@code --preset} argument takes.
     *
     * @return the name, such as {@code maven-crm}
     */
    public String argument() {
        return argument;
    }

    /**
     * Finds a preset by its argument name, ignoring case.
     *
     * @param name  the name, such as {@code hubspot}
     * @return the preset, never null
     * @throws IllegalArgumentException if no preset has that name, listing the names
     */
    public static DealPreset of(String name) {
        for (DealPreset preset : values()) {
            if (preset.argument.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return preset;
            }
        }
        throw new IllegalArgumentException("preset ('" + name + "') must be salesforce, hubspot or maven-crm");
    }

    @Override
    public String toString() {
        return argument;
    }
}
