package dev.foodmesh.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.messaging.retention.RetainedTable;
import dev.foodmesh.messaging.retention.Retention;
import dev.foodmesh.messaging.retention.RetentionMetrics;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;
import dev.foodmesh.messaging.testapp.Meters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The retention pass deletes what outlived its retention (published outbox rows after a
 * day, processed event ids after eight) in batches, on its own schedule, and keeps
 * everything younger and every row without a timestamp.
 */
@KitIntegrationTest
class RetentionIT {

	@Autowired
	private DatabaseClient database;

	@Autowired
	private MeterRegistry meterRegistry;

	@BeforeEach
	void createTheProbeTable() {
		this.database.sql("CREATE TABLE IF NOT EXISTS retention_probe (id serial PRIMARY KEY, stamped_at timestamptz)")
			.then()
			.then(this.database.sql("TRUNCATE retention_probe").then())
			.block();
	}

	@Test
	void shouldDeleteTheOldRowsInBatchesAndKeepTheRecentOnes() {
		insertProbes(10, "now() - interval '3 hours'");
		insertProbes(2, "now() - interval '1 hour'");
		insertProbes(1, "null");
		RetainedTable probe = new RetainedTable("retention_probe", "stamped_at", Duration.ofHours(2));
		Retention retention = new Retention(this.database, List.of(probe), 4, new RetentionMetrics(this.meterRegistry));
		double deletedBefore = deletedFrom("retention_probe");

		StepVerifier.create(retention.prune(probe)).expectNext(4L, 4L, 2L).verifyComplete();

		assertThat(count("retention_probe")).isEqualTo(3);
		assertThat(deletedFrom("retention_probe") - deletedBefore).isEqualTo(10);
	}

	@Test
	void shouldPruneTheKitsTablesOnSchedule() {
		UUID oldPublished = insertOutboxRow("now() - interval '25 hours'");
		UUID recentPublished = insertOutboxRow("now() - interval '23 hours'");
		UUID oldProcessed = insertProcessedEvent("now() - interval '9 days'");
		UUID recentProcessed = insertProcessedEvent("now() - interval '7 days'");
		double passesBefore = new Meters(this.meterRegistry).count("foodmesh.retention.passes", "outcome", "success");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(exists("outbox", oldPublished)).isFalse();
			assertThat(exists("processed_events", oldProcessed)).isFalse();
		});

		assertThat(exists("outbox", recentPublished)).isTrue();
		assertThat(exists("processed_events", recentProcessed)).isTrue();
		assertThat(new Meters(this.meterRegistry).count("foodmesh.retention.passes", "outcome", "success"))
			.isGreaterThan(passesBefore);
		assertThat(deletedFrom("outbox")).isPositive();
		assertThat(deletedFrom("processed_events")).isPositive();
	}

	private void insertProbes(int rows, String stampedAt) {
		this.database
			.sql("INSERT INTO retention_probe (stamped_at) SELECT " + stampedAt + " FROM generate_series(1, " + rows
					+ ")")
			.then()
			.block();
	}

	private UUID insertOutboxRow(String publishedAt) {
		UUID eventId = UUID.randomUUID();
		// published already, so the relay leaves it alone
		this.database
			.sql("INSERT INTO outbox (event_id, topic, message_key, ce_type, payload, occurred_at, published_at)"
					+ " VALUES (:id, 'kit.test.retention', 'key', 'test', '{}', now(), " + publishedAt + ")")
			.bind("id", eventId)
			.then()
			.block();
		return eventId;
	}

	private UUID insertProcessedEvent(String processedAt) {
		UUID eventId = UUID.randomUUID();
		this.database
			.sql("INSERT INTO processed_events (consumer, event_id, processed_at) VALUES ('retention-test', :id, "
					+ processedAt + ")")
			.bind("id", eventId)
			.then()
			.block();
		return eventId;
	}

	private boolean exists(String table, UUID eventId) {
		return Boolean.TRUE.equals(this.database.sql("SELECT exists(SELECT 1 FROM " + table + " WHERE event_id = :id)")
			.bind("id", eventId)
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.block());
	}

	private long count(String table) {
		Long rows = this.database.sql("SELECT count(*) FROM " + table)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
		return (rows == null) ? 0 : rows;
	}

	private double deletedFrom(String table) {
		return new Meters(this.meterRegistry).count("foodmesh.retention.deleted", "table", table);
	}

}
