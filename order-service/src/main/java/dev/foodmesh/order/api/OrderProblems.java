package dev.foodmesh.order.api;

import java.time.Duration;
import java.util.Map;

import dev.foodmesh.order.application.AdvanceResult;
import dev.foodmesh.order.application.DependencyUnavailableException;
import dev.foodmesh.order.application.UnknownOrderException;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.PlacementRejection;
import dev.foodmesh.order.domain.PlacementRejection.Cause;
import dev.foodmesh.web.problem.ConflictException;
import dev.foodmesh.web.problem.NotFoundException;
import dev.foodmesh.web.problem.ServiceUnavailableException;
import dev.foodmesh.web.problem.UnprocessableException;

/**
 * Turns the outcomes the use cases answer as values, and their errors, into the shared
 * problem exceptions that {@code dev.foodmesh.web} renders as problem+json.
 */
final class OrderProblems {

	/**
	 * Short, because a lookup gives up within about a second and the mesh has already
	 * retried: a client that waits this long finds the dependency back or gets another
	 * quick 503.
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private OrderProblems() {
	}

	/** A 422 whose type names the cause; the item causes also name the item. */
	static RuntimeException refused(PlacementRejection rejection) {
		MenuItemId item = rejection.menuItemId();
		Map<String, Object> extensions = (item != null) ? Map.of("menuItemId", item.value()) : Map.of();
		String detail = (item != null) ? description(rejection.cause()) + ": " + item : description(rejection.cause());
		return new UnprocessableException(slug(rejection.cause()), detail, extensions);
	}

	/** The problem type's last segment, part of the API contract (README "Errors"). */
	private static String slug(Cause cause) {
		return switch (cause) {
			case UNKNOWN_USER -> "unknown-user";
			case USER_SUSPENDED -> "user-suspended";
			case UNKNOWN_RESTAURANT -> "unknown-restaurant";
			case RESTAURANT_CLOSED -> "restaurant-closed";
			case UNKNOWN_MENU_ITEM -> "unknown-menu-item";
			case MENU_ITEM_UNAVAILABLE -> "menu-item-unavailable";
			case RESTAURANT_REFUSED -> "restaurant-refused";
		};
	}

	private static String description(Cause cause) {
		return switch (cause) {
			case UNKNOWN_USER -> "the user does not exist";
			case USER_SUSPENDED -> "the user is suspended";
			case UNKNOWN_RESTAURANT -> "the restaurant does not exist";
			case RESTAURANT_CLOSED -> "the restaurant is closed";
			case UNKNOWN_MENU_ITEM -> "a menu item does not exist at this restaurant";
			case MENU_ITEM_UNAVAILABLE -> "a menu item is not available";
			case RESTAURANT_REFUSED -> "the restaurant cannot take this order";
		};
	}

	static RuntimeException keyReused(String key) {
		return new UnprocessableException("idempotency-key-reused",
				"Idempotency-Key '" + key + "' was already used with a different request body");
	}

	/** The order a command left, or the problem why there is none. */
	static Order applied(AdvanceResult result) {
		return switch (result) {
			case AdvanceResult.Applied applied -> applied.order();
			case AdvanceResult.Refused refused -> throw new ConflictException("order-not-cancellable",
					refused.rejection().describe(), Map.of("orderStatus", refused.rejection().status().name()));
			case AdvanceResult.Unknown unknown -> throw notFound(unknown.orderId().toString());
		};
	}

	/**
	 * Errors of the use cases as problems; anything else passes through (a 500, logged
	 * once by the shared advice).
	 */
	static Throwable translate(Throwable error) {
		return switch (error) {
			case DependencyUnavailableException unavailable -> new ServiceUnavailableException(
					unavailable.dependency() + "-unavailable", unavailable.getMessage(), RETRY_AFTER);
			case UnknownOrderException unknown -> new NotFoundException("order-not-found", unknown.getMessage());
			default -> error;
		};
	}

	static NotFoundException notFound(String orderId) {
		return new NotFoundException("order-not-found", "order " + orderId + " does not exist");
	}

}
