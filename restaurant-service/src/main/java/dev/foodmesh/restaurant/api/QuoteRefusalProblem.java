package dev.foodmesh.restaurant.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.web.contract.QuoteRefusalCause;

/**
 * The shape of the 422 problem {@code POST /restaurants/{id}/quote} answers, for the
 * OpenAPI document only: {@link Outcomes} writes it through the shared problem handling.
 */
@Schema(name = "QuoteRefusal", description = "A refused quote (application/problem+json); order-service maps on cause")
record QuoteRefusalProblem(String type, String title, int status, String detail, String instance,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "why, typed: dev.foodmesh.web.contract.QuoteRefusalCause") QuoteRefusalCause cause,
		@Schema(description = "the item, for UNKNOWN_MENU_ITEM and MENU_ITEM_UNAVAILABLE") @Nullable UUID menuItemId,
		@Schema(description = "the restaurant, for RESTAURANT_CLOSED") @Nullable UUID restaurantId) {
}
