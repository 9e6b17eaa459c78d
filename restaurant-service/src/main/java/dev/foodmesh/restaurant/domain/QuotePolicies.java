package dev.foodmesh.restaurant.domain;

import java.util.List;
import java.util.Optional;

/**
 * The rules a quote must pass, in the order they are checked; the first rejection wins. A
 * closed restaurant outranks any item problem; among items, every item must be on the
 * menu before availability is looked at, and within a rule the first offending item in
 * request order is named.
 */
final class QuotePolicies {

	/** One rule: empty when the order passes it. */
	@FunctionalInterface
	interface QuotePolicy {

		Optional<QuoteRejection> check(Restaurant restaurant, Menu menu, OrderedItems items);

	}

	static final List<QuotePolicy> IN_ORDER = List.of(QuotePolicies::restaurantIsOpen, QuotePolicies::itemsAreOnTheMenu,
			QuotePolicies::itemsAreAvailable);

	private QuotePolicies() {
	}

	static Optional<QuoteRejection> restaurantIsOpen(Restaurant restaurant, Menu menu, OrderedItems items) {
		return restaurant.open() ? Optional.empty() : Optional.of(new QuoteRejection.RestaurantClosed(restaurant.id()));
	}

	static Optional<QuoteRejection> itemsAreOnTheMenu(Restaurant restaurant, Menu menu, OrderedItems items) {
		return items.menuItemIds()
			.stream()
			.filter(id -> menu.find(id).isEmpty())
			.findFirst()
			.map(QuoteRejection.UnknownMenuItem::new);
	}

	static Optional<QuoteRejection> itemsAreAvailable(Restaurant restaurant, Menu menu, OrderedItems items) {
		return items.menuItemIds()
			.stream()
			.filter(id -> menu.find(id).filter(MenuItem::available).isEmpty())
			.findFirst()
			.map(QuoteRejection.MenuItemUnavailable::new);
	}

}
