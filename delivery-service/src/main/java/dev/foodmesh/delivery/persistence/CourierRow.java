package dev.foodmesh.delivery.persistence;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.CourierStatus;

/** Reads a {@code couriers} row. */
final class CourierRow {

	private CourierRow() {
	}

	static Courier read(Readable row) {
		return new Courier(new CourierId(row.get("id", UUID.class)), row.get("name", String.class),
				row.get("city", String.class), CourierStatus.valueOf(row.get("status", String.class)),
				row.get("status_since", Instant.class));
	}

}
