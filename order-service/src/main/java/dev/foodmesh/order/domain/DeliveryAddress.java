package dev.foodmesh.order.domain;

/** Where the courier brings the order, as the customer gave it. */
public record DeliveryAddress(String street, String city, String postalCode) {
}
