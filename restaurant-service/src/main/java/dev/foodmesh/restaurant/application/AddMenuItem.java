package dev.foodmesh.restaurant.application;

import java.util.Optional;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Restaurant;

/**
 * Admin: puts a new item on a restaurant's menu, priced in the restaurant's currency.
 * Empty for an unknown restaurant.
 */
public final class AddMenuItem {

	private final Restaurants restaurants;

	private final MenuItems menuItems;

	public AddMenuItem(Restaurants restaurants, MenuItems menuItems) {
		this.restaurants = restaurants;
		this.menuItems = menuItems;
	}

	public Mono<MenuItemResult> add(AddMenuItemCommand command) {
		return restaurants.find(command.restaurantId()).flatMap(restaurant -> addTo(restaurant, command));
	}

	private Mono<MenuItemResult> addTo(Restaurant restaurant, AddMenuItemCommand command) {
		Optional<MenuItemResult> rejected = restaurant.checkPrice(command.price()).map(MenuItemResult.Rejected::new);
		return rejected.map(Mono::just).orElseGet(() -> save(restaurant, command));
	}

	private Mono<MenuItemResult> save(Restaurant restaurant, AddMenuItemCommand command) {
		MenuItem item = new MenuItem(MenuItemId.newId(), restaurant.id(), command.name(), command.description(),
				command.price(), command.available());
		return menuItems.add(item).thenReturn(new MenuItemResult.Saved(item));
	}

}
