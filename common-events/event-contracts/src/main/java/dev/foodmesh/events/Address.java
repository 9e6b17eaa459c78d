package dev.foodmesh.events;

/** A postal address as the customer gave it. */
public record Address(String street, String city, String postalCode) {
}
