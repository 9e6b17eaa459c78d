package dev.foodmesh.restaurant.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
	@ApiResponse(responseCode = "200", description = "every item priced")
	@ApiResponse(responseCode = "422", description = "the restaurant refuses; cause says why",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = QuoteRefusalProblem.class)))
	Mono<QuoteView> quote(@PathVariable UUID id, @Valid @RequestBody QuoteRequest request) {
		RestaurantId restaurantId = new RestaurantId(id);
		return quoteItems.quote(new QuoteItemsCommand(restaurantId, request.toDomain()))
			.switchIfEmpty(Mono.error(() -> Outcomes.restaurantNotFound(restaurantId)))
			.flatMap(Outcomes::quote)
			.map(QuoteView::of);
	}

}
