package dev.foodmesh.events;

/**
 * An amount in minor units (cents) of an ISO-4217 currency. Never a float.
 *
 * @param amount minor units, e.g. 1250 for 12.50
 * @param currency ISO-4217 code, e.g. {@code EUR}
 */
public record Money(long amount, String currency) {
}
