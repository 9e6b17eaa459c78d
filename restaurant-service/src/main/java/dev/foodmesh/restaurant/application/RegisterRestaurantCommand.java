package dev.foodmesh.restaurant.application;

public record RegisterRestaurantCommand(String name, String city, String currency, boolean open) {

}
