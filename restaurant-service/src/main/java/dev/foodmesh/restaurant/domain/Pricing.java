package dev.foodmesh.restaurant.domain;

import java.util.List;
import java.util.Optional;

import dev.foodmesh.restaurant.domain.Quote.QuoteLine;

/**
 * Prices an order at a restaurant: a pure function of the restaurant, the menu items the
 * order refers to and the ordered items. Rules ({@link QuotePolicies}) come first; a
 * quote that passes them has one line per ordered item, in request order, each
 * {@code unitPrice × quantity}, and a total that is the sum of the lines.
 */
public final class Pricing {

	private Pricing() {
	}

	public static QuoteResult quote(Restaurant restaurant, Menu menu, OrderedItems items) {
		Optional<QuoteRejection> rejection = QuotePolicies.IN_ORDER.stream()
			.flatMap(policy -> policy.check(restaurant, menu, items).stream())
			.findFirst();
		if (rejection.isPresent()) {
			return new QuoteResult.Rejected(rejection.get());
		}
		return new QuoteResult.Priced(price(restaurant, menu, items));
	}

	private static Quote price(Restaurant restaurant, Menu menu, OrderedItems items) {
		List<QuoteLine> lines = items.lines().stream().map(item -> line(menu, item)).toList();
		Money total = lines.stream().map(QuoteLine::lineTotal).reduce(Money.zero(restaurant.currency()), Money::plus);
		return new Quote(restaurant.id(), restaurant.city(), lines, total);
	}

	private static QuoteLine line(Menu menu, OrderedItem item) {
		MenuItem menuItem = menu.find(item.menuItemId()).orElseThrow();
		Money unitPrice = menuItem.price();
		return new QuoteLine(item.menuItemId(), menuItem.name(), item.quantity(), unitPrice,
				unitPrice.times(item.quantity()));
	}

}
