package dev.foodmesh.loadtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineBacklogTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldAddUpLagAndOutboxBacklogOverTheServices() throws Exception {
		try (FakeService order = prometheus(backlog(5, 2)); FakeService payment = prometheus(backlog(1, 0))) {
			PipelineBacklog.Reading reading = new PipelineBacklog(this.http,
					List.of(endpoint(order), endpoint(payment)))
				.read();

			assertThat(reading.lag()).hasValue(6.0);
			assertThat(reading.outbox()).hasValue(2.0);
			assertThat(reading.drained()).isFalse();
		}
	}

	@Test
	void shouldCallItDrainedOnlyWhenEveryServiceSaysZero() throws Exception {
		try (FakeService drained = prometheus(backlog(0, 0));
				FakeService silent = prometheus("jvm_threads_live_threads 40.0\n")) {
			assertThat(new PipelineBacklog(this.http, List.of(endpoint(drained))).read().drained()).isTrue();
			PipelineBacklog.Reading unknown = new PipelineBacklog(this.http,
					List.of(endpoint(drained), endpoint(silent)))
				.read();
			assertThat(unknown.lag()).isEmpty();
			assertThat(unknown.drained()).isFalse();
			assertThat(
					new PipelineBacklog(this.http, List.of(URI.create("http://127.0.0.1:9/actuator/prometheus"))).read()
						.drained())
				.isFalse();
		}
	}

	private static String backlog(int lag, int outbox) {
		return "foodmesh_consumer_lag{partition=\"0\"} " + lag + ".0\nfoodmesh_outbox_backlog " + outbox + ".0\n";
	}

	private static FakeService prometheus(String exposition) throws Exception {
		return new FakeService((request) -> new FakeService.Answer(200, exposition));
	}

	private static URI endpoint(FakeService service) {
		return service.uri().resolve("/actuator/prometheus");
	}

}
