package dev.foodmesh.delivery.domain;

import java.util.UUID;

/** Identifies the order a delivery serves (owned by order-service). */
public record OrderId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
