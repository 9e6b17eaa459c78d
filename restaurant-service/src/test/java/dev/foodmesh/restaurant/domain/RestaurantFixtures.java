package dev.foodmesh.restaurant.domain;

import java.util.UUID;

/** Restaurants and menu items that read like the demo data. */
public final class RestaurantFixtures {

	public static final RestaurantId ROMA = new RestaurantId(UUID.fromString("22222222-2222-4222-8222-222222222221"));

	private RestaurantFixtures() {
	}

	public static Restaurant anOpenRestaurant() {
		return new Restaurant(ROMA, "Pizzeria Roma", "Berlin", true, "EUR");
	}

	public static Restaurant aClosedRestaurant() {
		return new Restaurant(ROMA, "Pizzeria Roma", "Berlin", false, "EUR");
	}

	public static MenuItem anAvailableItem(String name, long euroCents) {
		return new MenuItem(MenuItemId.newId(), ROMA, name, "", new Money(euroCents, "EUR"), true);
	}

	public static MenuItem anUnavailableItem(String name, long euroCents) {
		return new MenuItem(MenuItemId.newId(), ROMA, name, "", new Money(euroCents, "EUR"), false);
	}

	public static OrderedItem ordered(MenuItem item, int quantity) {
		return new OrderedItem(item.id(), quantity);
	}

}
