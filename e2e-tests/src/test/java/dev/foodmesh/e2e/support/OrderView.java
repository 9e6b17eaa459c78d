package dev.foodmesh.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What {@code GET /orders/{id}} answers, reduced to what the journeys check: the status,
 * the cancellation reason and the history, oldest first.
 */
public record OrderView(UUID id, String status, String cancellationReason, List<Step> steps, JsonNode raw) {

	/**
	 * One entry of the order's history: the status after the step and, when there is one,
	 * its reason.
	 */
	public record Step(String status, String reason) {

		@Override
		public String toString() {
			return (this.reason != null) ? this.status + "(" + this.reason + ")" : this.status;
		}

	}

	static OrderView from(JsonNode order) {
		String id = Json.text(order, "id", "orderId");
		List<Step> steps = new ArrayList<>();
		JsonNode entries = order.has("history") ? order.get("history") : order.path("statusHistory");
		for (JsonNode entry : entries.values()) {
			steps.add(entry.isObject() ? new Step(Json.text(entry, "status"), Json.text(entry, "reason"))
					: new Step(entry.asString(), null));
		}
		return new OrderView((id != null) ? UUID.fromString(id) : null, Json.text(order, "status"),
				Json.text(order, "cancellationReason", "reason"), steps, order);
	}

	/** The statuses of the history, oldest first. */
	public List<String> history() {
		return this.steps.stream().map(Step::status).toList();
	}

	public boolean isTerminal() {
		return OrderStatus.TERMINAL.contains(this.status);
	}

	@Override
	public String toString() {
		return "order " + this.id + " " + this.status
				+ ((this.cancellationReason != null) ? "(" + this.cancellationReason + ")" : "") + " history "
				+ this.steps;
	}

}
