package dev.foodmesh.order.api;

import java.time.Duration;
import java.util.Map;

import dev.foodmesh.order.application.AdvanceResult;
import dev.foodmesh.order.application.DependencyUnavailableException;
import dev.foodmesh.order.application.UnknownOrderException;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.PlacementRejection;
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

	static RuntimeException refused(PlacementRejection rejection) {
		MenuItemId item = rejection.menuItemId();
		Map<String, Object> extensions = (item != null) ? Map.of("menuItemId", item.value()) : Map.of();
		return new UnprocessableException(rejection.cause().slug(), rejection.describe(), extensions);
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
