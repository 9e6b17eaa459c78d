package dev.foodmesh.delivery.domain;

import java.util.UUID;

/** Identifies a courier. */
public record CourierId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
