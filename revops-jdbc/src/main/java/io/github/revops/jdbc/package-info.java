/**
 * Reads revops records from SQL queries.
 */
package io.github.revops.jdbc;
