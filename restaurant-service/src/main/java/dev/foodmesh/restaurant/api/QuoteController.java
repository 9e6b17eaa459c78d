package dev.foodmesh.restaurant.api;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.application.QuoteItems;
import dev.foodmesh.restaurant.application.QuoteItemsCommand;
import dev.foodmesh.restaurant.domain.RestaurantId;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prices items for order-service. A POST because it takes a body, but it changes nothing,
 * so the mesh may retry it (ARCHITECTURE "Synchronous lookups").
 */
@RestController
class QuoteController {

	private final QuoteItems quoteItems;

	QuoteController(QuoteItems quoteItems) {
		this.quoteItems = quoteItems;
	}

	@PostMapping("/restaurants/{id}/quote")
	Mono<QuoteView> quote(@PathVariable UUID id, @Valid @RequestBody QuoteRequest request) {
		RestaurantId restaurantId = new RestaurantId(id);
		return quoteItems.quote(new QuoteItemsCommand(restaurantId, request.toDomain()))
			.switchIfEmpty(Mono.error(() -> Outcomes.restaurantNotFound(restaurantId)))
			.flatMap(Outcomes::quote)
			.map(QuoteView::of);
	}

}
