package dev.foodmesh.order.lookup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.order.application.Restaurants;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.Money;
import dev.foodmesh.order.domain.OrderLine;
import dev.foodmesh.order.domain.PlacementRejection.Cause;
import dev.foodmesh.order.domain.RestaurantQuote;
import dev.foodmesh.web.contract.QuoteRefusalCause;

/** The JSON of restaurant-service's quote endpoint, as docs/conventions.md fixes it. */
final class QuoteMessages {

	private QuoteMessages() {
	}

	record QuoteRequest(List<ItemRequest> items) {

		static QuoteRequest of(List<Restaurants.Item> items) {
			return new QuoteRequest(
					items.stream().map((item) -> new ItemRequest(item.menuItemId().value(), item.quantity())).toList());
		}

	}

	record ItemRequest(UUID menuItemId, int quantity) {
	}

	record MoneyMessage(long amount, String currency) {

		Money toMoney() {
			return new Money(this.amount, this.currency);
		}

	}

	record LineMessage(UUID menuItemId, String name, int quantity, MoneyMessage unitPrice, MoneyMessage lineTotal) {

		OrderLine toLine() {
			return new OrderLine(new MenuItemId(this.menuItemId), this.name, this.quantity, this.unitPrice.toMoney(),
					this.lineTotal.toMoney());
		}

	}

	record QuoteResponse(String restaurantCity, List<LineMessage> lines, MoneyMessage total) {

		RestaurantQuote toQuote() {
			return new RestaurantQuote.Priced(this.restaurantCity,
					this.lines.stream().map(LineMessage::toLine).toList(), this.total.toMoney());
		}

	}

	/**
	 * A 422 problem: its {@link QuoteRefusalCause#MEMBER} member says why (read as text,
	 * so that a cause this version does not know is no decoding error); item causes name
	 * the item.
	 */
	record QuoteProblem(@Nullable String cause, @Nullable UUID menuItemId) {

		static final QuoteProblem WITHOUT_BODY = new QuoteProblem(null, null);

		Optional<QuoteRefusalCause> knownCause() {
			return QuoteRefusalCause.named(this.cause);
		}

		/** The refusal; a missing or unknown cause becomes {@code RESTAURANT_REFUSED}. */
		RestaurantQuote.Refused toRefusal() {
			return new RestaurantQuote.Refused(
					knownCause().map(QuoteProblem::placementCause).orElse(Cause.RESTAURANT_REFUSED),
					(this.menuItemId != null) ? new MenuItemId(this.menuItemId) : null);
		}

		private static Cause placementCause(QuoteRefusalCause cause) {
			return switch (cause) {
				case RESTAURANT_CLOSED -> Cause.RESTAURANT_CLOSED;
				case UNKNOWN_MENU_ITEM -> Cause.UNKNOWN_MENU_ITEM;
				case MENU_ITEM_UNAVAILABLE -> Cause.MENU_ITEM_UNAVAILABLE;
			};
		}

	}

}
