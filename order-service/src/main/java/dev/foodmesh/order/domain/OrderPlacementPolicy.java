package dev.foodmesh.order.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.foodmesh.order.domain.PlacementRejection.Cause;

/**
 * The rules an order must pass before it is placed, in order; the first rejection wins,
 * so a client learns about the user before the menu.
 */
public final class OrderPlacementPolicy {

	private interface PlacementRule extends BiFunction<Customer, RestaurantQuote, Optional<PlacementRejection>> {

	}

	private static final List<PlacementRule> RULES = List.of(OrderPlacementPolicy::customerIsKnown,
			OrderPlacementPolicy::customerIsActive, OrderPlacementPolicy::restaurantPricedEveryItem);

	private OrderPlacementPolicy() {
	}

	/** The first rule the customer and the quote break, if any. */
	public static Optional<PlacementRejection> check(Customer customer, RestaurantQuote quote) {
		return RULES.stream().map((rule) -> rule.apply(customer, quote)).flatMap(Optional::stream).findFirst();
	}

	private static Optional<PlacementRejection> customerIsKnown(Customer customer, RestaurantQuote quote) {
		return (customer instanceof Customer.Unknown) ? Optional.of(PlacementRejection.of(Cause.UNKNOWN_USER))
				: Optional.empty();
	}

	private static Optional<PlacementRejection> customerIsActive(Customer customer, RestaurantQuote quote) {
		return (customer instanceof Customer.Registered registered && !registered.active())
				? Optional.of(PlacementRejection.of(Cause.USER_SUSPENDED)) : Optional.empty();
	}

	private static Optional<PlacementRejection> restaurantPricedEveryItem(Customer customer, RestaurantQuote quote) {
		return (quote instanceof RestaurantQuote.Refused refused)
				? Optional.of(new PlacementRejection(refused.cause(), refused.menuItemId())) : Optional.empty();
	}

}
