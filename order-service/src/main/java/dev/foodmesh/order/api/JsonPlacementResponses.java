package dev.foodmesh.order.api;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.foodmesh.order.application.PlacementResponses;
import dev.foodmesh.order.domain.Order;

/**
 * Renders a placed order as the {@link OrderView} JSON that {@code POST /orders} answers
 * and later replays.
 */
@Component
class JsonPlacementResponses implements PlacementResponses {

	private final JsonMapper json;

	JsonPlacementResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String render(Order order) {
		return this.json.writeValueAsString(OrderView.of(order));
	}

}
