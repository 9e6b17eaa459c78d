package dev.foodmesh.events.order;

import java.util.UUID;

import dev.foodmesh.events.Money;

/** One priced line of an order, as the restaurant quoted it. */
public record OrderLine(UUID menuItemId, String name, int quantity, Money unitPrice, Money lineTotal) {
}
