package dev.foodmesh.order.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.order.application.StatusUpdate;

/** The data of one {@code status} event on {@code GET /orders/{id}/events}. */
record StatusEventView(UUID orderId, String status, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason,
		Instant at, boolean terminal) {

	static StatusEventView of(StatusUpdate update) {
		return new StatusEventView(update.orderId().value(), update.status().name(), update.reason(), update.at(),
				update.status().isTerminal());
	}

}
