package io.github.revops.csv;

import io.github.revops.domain.Contact;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.funnel.LifecycleStages;

import java.util.ArrayList;
import java.util.List;

import static io.github.revops.csv.ContactField.ID;
import static io.github.revops.csv.ContactField.OWNER;
import static io.github.revops.csv.ContactField.SOURCE;

/**
 * Reads {@link Contact}s, with the date each entered a lifecycle stage, from CSV: your own columns with
 * {@link #builder()}, or a preset for a HubSpot contacts export ({@link #hubSpot()}). A preset is a builder: change
 * what differs in your export, then {@code build()}.
 * <pre>{@code
 * CsvReader<Contact> reader = ContactCsv.hubSpot().build();
 * List<Contact> contacts = reader.readAll(Path.of("contacts.csv")).records();
 * CohortConversion q1 = CohortConversion.of(contacts, LifecycleStages.HUBSPOT, Period.quarter(2026, 1),
 *         LocalDate.of(2026, 6, 30));
 * }</pre>
 *
 * <h2>How a row becomes a contact</h2>
 * <ul>
 *   <li>Each {@link Builder#stageDate} column gives the date the contact entered that stage; a blank cell gives
 *       none. The stage names must be those of the funnel the contacts go through
 *       ({@link LifecycleStages#HUBSPOT} for the preset).</li>
 *   <li>A date with a time of day keeps its date part, as the export writes it (the account's time zone).</li>
 *   <li>Segment columns become segment attributes; blank cells are left out.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class ContactCsv {

    private ContactCsv() {
    }

    /**
     * Obtains an empty builder: map the id, owner and source, and a column per stage, then build.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a builder for a HubSpot contacts export (CRM, Contacts, Export, CSV, with the lifecycle date
     * properties).
     *
     * <p>Columns (as HubSpot labels them): {@code Record ID}; the stage dates {@code Became a Subscriber Date},
     * {@code Became a Lead Date}, {@code Became a Marketing Qualified Lead Date}, {@code Became a Sales Qualified Lead
     * Date}, {@code Became an Opportunity Date} and {@code Became a Customer Date}, read as the six stages of
     * {@link LifecycleStages#HUBSPOT}; optional {@code Contact owner} (blank or absent is "(no owner)") and
     * {@code Original Traffic Source} (blank or absent is "(none)"; older exports call it {@code Original Source}: map
     * it with {@code optionalColumn(ContactField.SOURCE, "Original Source")}). Other columns are ignored. Dates
     * {@code yyyy-MM-dd HH:mm}, {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd}, {@code M/d/yyyy H:mm} or
     * {@code M/d/yyyy} (the date part is kept). Customized lifecycle stages have their own "Became a ..." columns:
     * add them with {@code stageDate}.
     *
     * @return a new builder, never null
     */
    public static Builder hubSpot() {
        LifecycleStages stages = LifecycleStages.HUBSPOT;
        return new Builder()
                .column(ID, "Record ID")
                .optionalColumn(OWNER, "Contact owner").whenBlank(OWNER, "(no owner)")
                .optionalColumn(SOURCE, "Original Traffic Source").whenBlank(SOURCE, "(none)")
                .stageDate(stages.name(0), "Became a Subscriber Date")
                .stageDate(stages.name(1), "Became a Lead Date")
                .stageDate(stages.name(2), "Became a Marketing Qualified Lead Date")
                .stageDate(stages.name(3), "Became a Sales Qualified Lead Date")
                .stageDate(stages.name(4), "Became an Opportunity Date")
                .stageDate(stages.name(5), "Became a Customer Date")
                .dateFormats("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "M/d/yyyy H:mm", "M/d/yyyy");
    }

    /**
     * Builds a contact reader. Starts with no stage column. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends SegmentedCsvBuilder<ContactField, Contact, Builder> {

        private final List<NamedColumn> stages = new ArrayList<>();

        private Builder() {
            super(ContactField.class);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Reads the date a contact entered a stage from a column that every file must have.
         *
         * @param stage  the stage's name, as the funnel names it, not blank, not mapped before
         * @param header  the header of the column with the date, not blank
         * @return this builder
         * @throws IllegalArgumentException if the stage already has a column
         */
        public Builder stageDate(String stage, String header) {
            return addStage(stage, header, false);
        }

        /**
         * Reads the date a contact entered a stage from a column that a file may lack (then no contact has a date
         * for the stage).
         *
         * @param stage  the stage's name, as the funnel names it, not blank, not mapped before
         * @param header  the header of the column with the date, not blank
         * @return this builder
         * @throws IllegalArgumentException if the stage already has a column
         */
        public Builder optionalStageDate(String stage, String header) {
            return addStage(stage, header, true);
        }

        private Builder addStage(String stage, String header, boolean optional) {
            NamedColumn column = new NamedColumn(name(stage), name(header), optional);
            if (stages.stream().anyMatch(c -> c.name().equals(column.name()))) {
                throw new IllegalArgumentException("stage ('" + column.name() + "') already has a date column");
            }
            stages.add(column);
            return this;
        }

        /**
         * Builds the contact reader.
         *
         * @return the reader, never null
         * @throws IllegalStateException if the id, owner or source is unmapped, or no stage has a column
         */
        @Override
        public CsvReader<Contact> build() {
            if (stages.isEmpty()) {
                throw new IllegalStateException("contact CSV: no stage date columns; map them with"
                        + " stageDate(stage, header)");
            }
            return build("contact", segments(), stages, ContactCsv::contact);
        }
    }

    /** Turns a row into a contact: the id, owner, source, a date per stage column that has one, the segments. */
    private static Contact contact(Row<ContactField> row) {
        Contact.Builder contact = Contact.builder(row.text(ID)).owner(row.text(OWNER)).source(row.text(SOURCE))
                .segments(row.segments());
        Columns<ContactField> columns = row.columns();
        for (int k = 0; k < columns.stageCount(); k++) {
            String stage = columns.stage(k).name();
            row.stageDate(k).ifPresent(entered -> contact.entered(stage, entered));
        }
        try {
            return contact.build();
        } catch (InvalidRecordException e) {
            throw row.rejectedBy(e);
        }
    }
}
