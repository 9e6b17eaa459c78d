package dev.foodmesh.restaurant.api;

import java.util.Map;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.application.MenuItemResult;
import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.MenuItemRejection;
import dev.foodmesh.restaurant.domain.Quote;
import dev.foodmesh.restaurant.domain.QuoteRejection;
import dev.foodmesh.restaurant.domain.QuoteResult;
import dev.foodmesh.restaurant.domain.RestaurantId;
import dev.foodmesh.web.problem.NotFoundException;
import dev.foodmesh.web.problem.UnprocessableException;

/**
 * Turns use-case outcomes into answers: values pass, rejections and absences become
 * problems.
 */
final class Outcomes {

	private Outcomes() {
	}

	static NotFoundException restaurantNotFound(RestaurantId id) {
		return new NotFoundException("restaurant-not-found", "No restaurant with id " + id);
	}

	static NotFoundException menuItemNotFound(RestaurantId restaurantId, MenuItemId id) {
		return new NotFoundException("menu-item-not-found", "No menu item " + id + " at restaurant " + restaurantId);
	}

	static Mono<Quote> quote(QuoteResult result) {
		return switch (result) {
			case QuoteResult.Priced priced -> Mono.just(priced.quote());
			case QuoteResult.Rejected rejected -> Mono.error(problem(rejected.reason()));
		};
	}

	static Mono<MenuItem> menuItem(MenuItemResult result) {
		return switch (result) {
			case MenuItemResult.Saved saved -> Mono.just(saved.item());
			case MenuItemResult.Rejected rejected -> Mono.error(problem(rejected.reason()));
		};
	}

	private static UnprocessableException problem(QuoteRejection rejection) {
		return switch (rejection) {
			case QuoteRejection.RestaurantClosed closed ->
				new UnprocessableException("restaurant-closed", "Restaurant " + closed.restaurantId() + " is closed",
						Map.of("restaurantId", closed.restaurantId().value()));
			case QuoteRejection.UnknownMenuItem unknown -> new UnprocessableException("unknown-menu-item",
					"Menu item " + unknown.menuItemId() + " is not on this restaurant's menu",
					Map.of("menuItemId", unknown.menuItemId().value()));
			case QuoteRejection.MenuItemUnavailable unavailable -> new UnprocessableException("menu-item-unavailable",
					"Menu item " + unavailable.menuItemId() + " is not available",
					Map.of("menuItemId", unavailable.menuItemId().value()));
		};
	}

	private static UnprocessableException problem(MenuItemRejection rejection) {
		return switch (rejection) {
			case MenuItemRejection.CurrencyMismatch mismatch ->
				new UnprocessableException("currency-mismatch", "Prices at this restaurant are in "
						+ mismatch.restaurantCurrency() + ", not " + mismatch.priceCurrency());
		};
	}

}
