package dev.foodmesh.restaurant.application;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.Restaurant;

/**
 * Admin: reprices a menu item or makes it (un)available. Empty for an unknown restaurant
 * or item.
 */
public final class ChangeMenuItem {

	private final Restaurants restaurants;

	private final MenuItems menuItems;

	public ChangeMenuItem(Restaurants restaurants, MenuItems menuItems) {
		this.restaurants = restaurants;
		this.menuItems = menuItems;
	}

	public Mono<MenuItemResult> change(ChangeMenuItemCommand command) {
		return restaurants.find(command.restaurantId()).flatMap(restaurant -> changeAt(restaurant, command));
	}

	private Mono<MenuItemResult> changeAt(Restaurant restaurant, ChangeMenuItemCommand command) {
		Optional<MenuItemResult> rejected = Optional.ofNullable(command.price())
			.flatMap(restaurant::checkPrice)
			.map(MenuItemResult.Rejected::new);
		return rejected.map(Mono::just).orElseGet(() -> save(command));
	}

	private Mono<MenuItemResult> save(ChangeMenuItemCommand command) {
		Money price = command.price();
		@Nullable Long amount = price == null ? null : price.amount();
		return menuItems.change(command.restaurantId(), command.menuItemId(), amount, command.available())
			.map(MenuItemResult.Saved::new);
	}

}
