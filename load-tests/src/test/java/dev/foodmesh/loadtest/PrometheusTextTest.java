package dev.foodmesh.loadtest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

	private static final String EXPOSITION = """
			# HELP foodmesh_consumer_lag Records in the partition not yet consumed by this service
			# TYPE foodmesh_consumer_lag gauge
			foodmesh_consumer_lag{consumer="order-service",partition="0",topic="foodmesh.payment.events.v1"} 3.0
			foodmesh_consumer_lag{consumer="order-service",partition="1",topic="foodmesh.payment.events.v1"} NaN
			foodmesh_consumer_lag{consumer="order-service",partition="2",topic="foodmesh.delivery.events.v1"} 4.0
			# HELP foodmesh_outbox_backlog Outbox rows not yet published to Kafka
			# TYPE foodmesh_outbox_backlog gauge
			foodmesh_outbox_backlog 12.0
			foodmesh_outbox_backlog_rows_total 99.0
			foodmesh_outbox_publish_latency_seconds_count 7.0
			""";

	@Test
	void shouldSumEverySeriesOfAMetricLeavingOutNaN() {
		assertThat(PrometheusText.sum(EXPOSITION, "foodmesh_consumer_lag")).hasValue(7.0);
	}

	@Test
	void shouldNotMistakeAMetricWhoseNameStartsTheSame() {
		assertThat(PrometheusText.sum(EXPOSITION, "foodmesh_outbox_backlog")).hasValue(12.0);
	}

	@Test
	void shouldTellAnAbsentMetricFromZero() {
		assertThat(PrometheusText.sum(EXPOSITION, "foodmesh_consumer_lag_max")).isEmpty();
		assertThat(PrometheusText.sum("foodmesh_consumer_lag{partition=\"0\"} NaN\n", "foodmesh_consumer_lag"))
			.hasValue(0.0);
	}

}
