package dev.foodmesh.e2e.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTest {

	@Test
	void shouldFindTheMetricsBehindFunctionsMatchersRangesAndGrouping() {
		assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, application) "
				+ "(rate(http_server_requests_seconds_bucket{namespace=~\"$namespace\", uri!~\"/actuator.*\"}[$__rate_interval])))"))
			.containsExactly("http_server_requests_seconds_bucket");
		assertThat(PromQl.metricNames("sum by (namespace, application) (foodmesh_outbox_backlog) > 0\n"
				+ "unless sum by (namespace, application) (rate(foodmesh_outbox_published_total[5m])) > 1e3"))
			.containsExactly("foodmesh_outbox_backlog", "foodmesh_outbox_published_total");
		assertThat(PromQl.metricNames("a_total / on (x) group_left (y) b_total offset 5m")).containsExactly("a_total",
				"b_total");
	}

	@Test
	void shouldReadTheMetricOfAGrafanaLabelValuesQuery() {
		assertThat(PromQl.metricNames("label_values(http_server_requests_seconds_count, application)"))
			.containsExactly("http_server_requests_seconds_count");
	}

}
