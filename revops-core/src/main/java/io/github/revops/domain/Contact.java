package io.github.revops.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A person in the buyer lifecycle (a CRM contact or lead): who owns it, where it came from, and the date it entered
 * each lifecycle stage, as HubSpot keeps it in its "Became a ... Date" properties.
 *
 * <p>A contact is validated once, here: the id, owner and source are not blank; every stage has a name and a date;
 * segment attributes have no null key or value. A bad field throws {@link InvalidRecordException} naming the
 * contact's id, the field and the value. The record holds one date per stage and knows no stage order: the order is
 * the funnel's ({@code io.github.revops.funnel.LifecycleStages}), and a stage the funnel does not list is ignored by
 * it. A contact with no stage date yet is valid and counts in no stage.
 * <pre>{@code
 * Contact contact = Contact.builder("C-1")
 *         .owner("Ana").source("Organic Search")
 *         .entered("Lead", LocalDate.of(2026, 1, 5))
 *         .entered("Marketing Qualified Lead", LocalDate.of(2026, 1, 20))
 *         .segment("region", "EMEA")
 *         .build();
 * contact.entered("Lead");   // Optional[2026-01-05]
 * }</pre>
 *
 * @param id  the contact's id, unique among the contacts of one computation, not blank
 * @param owner  the person who owns the contact (a sales rep, an SDR), not blank
 * @param source  the lead source or channel, not blank
 * @param stageDates  the date the contact entered each stage, by stage name, possibly empty, not null
 * @param segments  free attributes for grouping (region, industry, ...), possibly empty, not null
 * @since 0.1.0
 */
public record Contact(String id, String owner, String source, Map<String, LocalDate> stageDates,
                      Map<String, String> segments) {

    /**
     * Creates the Contact, validating every component.
     *
     * @param id  the contact's id, unique among the contacts of one computation, not blank
     * @param owner  the person who owns the contact, not blank
     * @param source  the lead source or channel, not blank
     * @param stageDates  the date the contact entered each stage, by stage name, possibly empty, not null
     * @param segments  free attributes for grouping, possibly empty, not null
     * @throws InvalidRecordException if a component is missing or breaks a rule of the record
     */
    public Contact {
        Validation v = Validation.of("contact", id);
        v.text("owner", owner);
        v.text("source", source);
        v.present("stageDates", stageDates);
        Map<String, LocalDate> dates = new TreeMap<>();
        stageDates.forEach((stage, date) -> {
            if (stage == null || stage.isBlank() || date == null) {
                throw v.invalid("stageDates", (stage == null ? null : "'" + stage + "'") + "=" + date,
                        "must name each stage and give its date");
            }
            dates.put(stage, date);
        });
        stageDates = Collections.unmodifiableMap(dates);
        segments = v.attributes("segments", segments);
    }

    /**
     * Obtains a builder for a contact with an id.
     *
     * @param id  the contact's id, not blank
     * @return a new builder, never null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the date the contact entered a stage.
     *
     * @param stage  the stage's name, not null
     * @return the date, or empty when the contact has no date for that stage
     */
    public Optional<LocalDate> entered(String stage) {
        return Optional.ofNullable(stageDates.get(Objects.requireNonNull(stage, "stage")));
    }

    /**
     * Returns a segment attribute.
     *
     * @param name  the attribute name, not null
     * @return the value, or empty when the contact has no such attribute
     */
    public Optional<String> segment(String name) {
        return Optional.ofNullable(segments.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns a builder holding this contact's fields, to make a changed copy.
     *
     * @return a builder, never null
     */
    public Builder toBuilder() {
        return new Builder(id).owner(owner).source(source).stageDates(stageDates).segments(segments);
    }

    /**
     * Builds a {@link Contact}; {@link #build()} validates everything. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final String id;
        private String owner;
        private String source;
        private Map<String, LocalDate> stageDates = new LinkedHashMap<>();
        private Map<String, String> segments = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the owner.
         *
         * @param owner  the owner
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the source or channel.
         *
         * @param source  the source
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the date the contact entered a stage, replacing an earlier date of the same stage.
         *
         * @param stage  the stage's name
         * @param date  the date entered
         * @return this builder
         */
        public Builder entered(String stage, LocalDate date) {
            this.stageDates.put(stage, date);
            return this;
        }

        /**
         * Replaces the stage dates.
         *
         * @param dates  the date of each stage, by stage name
         * @return this builder
         */
        public Builder stageDates(Map<String, LocalDate> dates) {
            this.stageDates = new LinkedHashMap<>(dates);
            return this;
        }

        /**
         * Adds a segment attribute.
         *
         * @param name  the attribute name
         * @param value  the value
         * @return this builder
         */
        public Builder segment(String name, String value) {
            this.segments.put(name, value);
            return this;
        }

        /**
         * Replaces the segment attributes.
         *
         * @param attributes  the attributes
         * @return this builder
         */
        public Builder segments(Map<String, String> attributes) {
            this.segments = new LinkedHashMap<>(attributes);
            return this;
        }

        /**
         * Builds and validates the contact.
         *
         * @return the contact, never null
         * @throws InvalidRecordException if a field is missing or breaks a rule of the contact
         */
        public Contact build() {
            return new Contact(id, owner, source, stageDates, segments);
        }
    }
}
