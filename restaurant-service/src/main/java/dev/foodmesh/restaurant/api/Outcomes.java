package dev.foodmesh.restaurant.api;

import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.application.MenuItemResult;
import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.MenuItemRejection;
import dev.foodmesh.restaurant.domain.Quote;
import dev.foodmesh.restaurant.domain.QuoteRejection;
import dev.foodmesh.restaurant.domain.QuoteResult;
import dev.foodmesh.restaurant.domain.RestaurantId;
import dev.foodmesh.web.contract.QuoteRefusalCause;
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

	/**
	 * A 422 whose {@link QuoteRefusalCause#MEMBER} order-service reads; the slug and the
	 * detail are for people.
	 */
	private static UnprocessableException problem(QuoteRejection rejection) {
		return switch (rejection) {
			case QuoteRejection.RestaurantClosed closed -> refusal(QuoteRefusalCause.RESTAURANT_CLOSED,
					"restaurant-closed", "Restaurant " + closed.restaurantId() + " is closed", "restaurantId",
					closed.restaurantId().value());
			case QuoteRejection.UnknownMenuItem unknown -> refusal(QuoteRefusalCause.UNKNOWN_MENU_ITEM,
					"unknown-menu-item", "Menu item " + unknown.menuItemId() + " is not on this restaurant's menu",
					"menuItemId", unknown.menuItemId().value());
			case QuoteRejection.MenuItemUnavailable unavailable -> refusal(QuoteRefusalCause.MENU_ITEM_UNAVAILABLE,
					"menu-item-unavailable", "Menu item " + unavailable.menuItemId() + " is not available",
					"menuItemId", unavailable.menuItemId().value());
		};
	}

	private static UnprocessableException refusal(QuoteRefusalCause cause, String slug, String detail, String idMember,
			UUID id) {
		return new UnprocessableException(slug, detail, Map.of(QuoteRefusalCause.MEMBER, cause.name(), idMember, id));
	}

	private static UnprocessableException problem(MenuItemRejection rejection) {
		return switch (rejection) {
			case MenuItemRejection.CurrencyMismatch mismatch ->
				new UnprocessableException("currency-mismatch", "Prices at this restaurant are in "
						+ mismatch.restaurantCurrency() + ", not " + mismatch.priceCurrency());
		};
	}

}
