package dev.foodmesh.restaurant.api;

import java.util.List;
import java.util.UUID;

import dev.foodmesh.restaurant.domain.Quote;

/**
 * {@code {restaurantId, restaurantCity, lines, total}} exactly as docs/conventions.md
 * fixes it for order-service.
 */
record QuoteView(UUID restaurantId, String restaurantCity, List<Line> lines, MoneyJson total) {

	record Line(UUID menuItemId, String name, int quantity, MoneyJson unitPrice, MoneyJson lineTotal) {

		static Line of(Quote.QuoteLine line) {
			return new Line(line.menuItemId().value(), line.name(), line.quantity(), MoneyJson.of(line.unitPrice()),
					MoneyJson.of(line.lineTotal()));
		}

	}

	static QuoteView of(Quote quote) {
		return new QuoteView(quote.restaurantId().value(), quote.restaurantCity(),
				quote.lines().stream().map(Line::of).toList(), MoneyJson.of(quote.total()));
	}

}
