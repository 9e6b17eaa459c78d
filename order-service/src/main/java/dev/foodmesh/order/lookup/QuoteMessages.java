package dev.foodmesh.order.lookup;

import java.util.Arrays;
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

/** The JSON of restaurant-service's quote endpoint, as docs/conventions.md fixes it. */
final class QuoteMessages {

	private static final String PROBLEM_TYPE_PREFIX = "https://foodmesh.dev/problems/";

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

	/** A 422 problem: its type ends in the cause's slug; item causes name the item. */
	record QuoteProblem(@Nullable String type, @Nullable UUID menuItemId) {

		Optional<Cause> cause() {
			return Arrays.stream(Cause.values())
				.filter((cause) -> (PROBLEM_TYPE_PREFIX + cause.slug()).equals(this.type))
				.findFirst();
		}

		@Nullable MenuItemId menuItem() {
			return (this.menuItemId != null) ? new MenuItemId(this.menuItemId) : null;
		}

	}

}
