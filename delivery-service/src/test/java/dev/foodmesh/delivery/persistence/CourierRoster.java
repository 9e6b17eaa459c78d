package dev.foodmesh.delivery.persistence;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.delivery.domain.CourierId;

/**
 * Hires couriers straight into the table, each test in a city of its own so tests never
 * share couriers.
 */
public record CourierRoster(DatabaseClient database) {

	public static String aCity() {
		return "Testville-" + UUID.randomUUID();
	}

	public Mono<CourierId> hire(String name, String city, Instant idleSince) {
		CourierId id = new CourierId(UUID.randomUUID());
		return database
			.sql("insert into couriers (id, name, city, status, status_since)"
					+ " values (:id, :name, :city, 'AVAILABLE', :since)")
			.bind("id", id.value())
			.bind("name", name)
			.bind("city", city)
			.bind("since", idleSince)
			.then()
			.thenReturn(id);
	}

	public Mono<String> statusOf(CourierId id) {
		return database.sql("select status from couriers where id = :id")
			.bind("id", id.value())
			.map(row -> row.get("status", String.class))
			.one();
	}

}
