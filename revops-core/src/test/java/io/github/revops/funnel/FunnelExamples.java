package io.github.revops.funnel;

import io.github.revops.domain.Contact;

import java.time.LocalDate;
import java.util.List;

/** The contacts of the hand-computed examples (docs/metrics.md and the README's "Buyer funnel"). */
public final class FunnelExamples {

    /** HubSpot's stage names, short. */
    static final String S = "Subscriber";
    static final String L = "Lead";
    static final String MQL = "Marketing Qualified Lead";
    static final String SQL = "Sales Qualified Lead";
    static final String OPP = "Opportunity";
    static final String C = "Customer";

    /**
     * Nine contacts through HubSpot's six stages around Q1 2026. Beside each: the reach date of each stage (the first
     * date of it or of a later stage), "s" where the stage is reached on a later stage's date (skipped).
     */
    public static final List<Contact> NINE_CONTACTS = List.of(
            // S 01-05s L 01-05 MQL 01-20 SQL 02-10 Opp 02-20 C 03-15; Evangelist is not in the funnel
            contact("c1", "ana", "Organic Search").entered(L, d(1, 5)).entered(MQL, d(1, 20)).entered(SQL, d(2, 10))
                    .entered(OPP, d(2, 20)).entered(C, d(3, 15)).entered("Evangelist", d(4, 1)).build(),
            // S 2025-12-20 L 01-10 MQL 02-01, then nothing
            contact("c2", "ana", "Paid Search").entered(S, LocalDate.of(2025, 12, 20)).entered(L, d(1, 10))
                    .entered(MQL, d(2, 1)).build(),
            // S 02-01s L 02-01 MQL 02-15s SQL 02-15 Opp 05-01s C 05-01 (after Q1)
            contact("c3", "ben", "Organic Search").entered(L, d(2, 1)).entered(SQL, d(2, 15)).entered(C, d(5, 1))
                    .build(),
            // S 03-30s L 03-30s MQL 03-30 SQL 04-20 (after Q1)
            contact("c4", "ben", "Referrals").entered(MQL, d(3, 30)).entered(SQL, d(4, 20)).build(),
            // S 2025-11-01s L 2025-11-01 MQL 2025-12-15 SQL 01-12
            contact("c5", "ben", "Organic Search").entered(L, LocalDate.of(2025, 11, 1))
                    .entered(MQL, LocalDate.of(2025, 12, 15)).entered(SQL, d(1, 12)).build(),
            // straight to customer: every stage reached on 03-01, all but Customer skipped
            contact("c6", "cai", "Direct Traffic").entered(C, d(3, 1)).build(),
            // S 03-20s L 03-20; its MQL date 07-10 is after the as-of date of the examples (30 June)
            contact("c7", "cai", "Organic Search").entered(L, d(3, 20)).entered(MQL, d(7, 10)).build(),
            // no stage yet
            contact("c8", "cai", "Offline Sources").build(),
            // customer on 01-15, back to lead on 02-20: every stage reached on 01-15, all but Customer skipped (the
            // lead date is a return)
            contact("c9", "ana", "Organic Search").entered(C, d(1, 15)).entered(L, d(2, 20)).build());

    private FunnelExamples() {
    }

    private static Contact.Builder contact(String id, String owner, String source) {
        return Contact.builder(id).owner(owner).source(source);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
