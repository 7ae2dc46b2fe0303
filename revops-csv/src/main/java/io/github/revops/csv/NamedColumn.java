package io.github.revops.csv;

/** A column read under a name of its own: a segment attribute, or the date a deal entered a stage. */
record NamedColumn(String name, String header, boolean optional) {
}
