/**
 * Exact money: {@link io.github.revops.money.Money} at a currency's scale, {@link io.github.revops.money.ExactMoney}
 * for fractions of a minor unit, and caller-supplied {@link io.github.revops.money.ExchangeRates}.
 *
 * @since 0.1.0
 */
package io.github.revops.money;
