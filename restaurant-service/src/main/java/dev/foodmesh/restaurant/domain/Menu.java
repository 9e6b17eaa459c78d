package dev.foodmesh.restaurant.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The items of one restaurant's menu that a quote refers to, by id. */
public record Menu(Map<MenuItemId, MenuItem> items) {

	public Menu {
		items = Map.copyOf(items);
	}

	public static Menu of(Collection<MenuItem> items) {
		return new Menu(items.stream().collect(Collectors.toMap(MenuItem::id, Function.identity())));
	}

	public Optional<MenuItem> find(MenuItemId id) {
		return Optional.ofNullable(items.get(id));
	}

}
