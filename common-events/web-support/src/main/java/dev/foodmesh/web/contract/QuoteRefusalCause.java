package dev.foodmesh.web.contract;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Why restaurant-service refuses to price an order: the {@value #MEMBER} member of its
 * 422 problem for {@code POST /restaurants/{id}/quote}, written as the constant's name.
 * order-service maps on this member, never on the problem's {@code type}, so a slug may
 * change without breaking order placement. A constant is only ever added; a reader that
 * does not know a cause treats it as a refusal it cannot name.
 */
public enum QuoteRefusalCause {

	RESTAURANT_CLOSED,

	/** Not on this restaurant's menu; the problem's {@code menuItemId} names the item. */
	UNKNOWN_MENU_ITEM,

	/** On the menu but not available; the problem's {@code menuItemId} names the item. */
	MENU_ITEM_UNAVAILABLE;

	/** The problem+json extension member that carries the cause. */
	public static final String MEMBER = "cause";

	/** The cause a member's value names; empty when it is missing or unknown. */
	public static Optional<QuoteRefusalCause> named(@Nullable String value) {
		return Arrays.stream(values()).filter((cause) -> cause.name().equals(value)).findFirst();
	}

}
