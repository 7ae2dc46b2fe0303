/**
 * Jackson 2 ({@code com.fasterxml.jackson}, 2.21 or newer) support for revops: register
 * {@link io.github.revops.jackson2.RevopsJackson2Module} and every revops record and result is written in its
 * documented JSON shape (docs/json.md) and read back to an equal object.
 *
 * @since 0.1.0
 */
package io.github.revops.jackson2;
