/**
 * Helpers shared inside revops-core. Not exported: nothing here is API.
 */
package io.github.revops.internal;
