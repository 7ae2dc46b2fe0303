/**
 * Jackson 3 ({@code tools.jackson}) support for revops: register {@link io.github.revops.jackson.RevopsModule} and
 * every revops record and result is written in its documented JSON shape (docs/json.md) and read back to an equal
 * object.
 *
 * @since 0.1.0
 */
package io.github.revops.jackson;
