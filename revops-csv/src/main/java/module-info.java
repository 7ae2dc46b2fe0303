/**
 * revops CSV import: deals, customers, subscriptions, spend and forecast submissions from CSV exports.
 */
module io.github.revops.csv {
    requires transitive io.github.revops;
    requires org.apache.commons.csv;

    exports io.github.revops.csv;
}
