package io.github.revops.domain;

/**
 * What a deal sells: a new customer, a renewal of an existing contract, or an expansion (upsell).
 *
 * @since 0.1.0
 */
public enum DealType {
    /** A first sale to a customer. */
    NEW_BUSINESS,
    /** The renewal of an existing contract. */
    RENEWAL,
    /** More of the product, or another product, for an existing customer. */
    EXPANSION
}
