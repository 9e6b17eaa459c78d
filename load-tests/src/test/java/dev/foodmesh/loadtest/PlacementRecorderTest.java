package dev.foodmesh.loadtest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementRecorderTest {

	@Test
	void shouldTimeOnlyAcceptedOrdersAndCountEveryOtherAnswerByKind() {
		PlacementRecorder recorder = new PlacementRecorder();
		for (int millis = 1; millis <= 2000; millis++) {
			recorder.record(201, millis);
		}
		recorder.record(503, 1);
		recorder.record(500, 2);
		recorder.record(422, 3);
		recorder.record(PlacementRecorder.NO_RESPONSE, -1);
		recorder.record(200, 4);

		PlacementRecorder.Placements placements = recorder.placements();

		assertThat(placements.sent()).isEqualTo(2005);
		assertThat(placements.accepted()).isEqualTo(2000);
		assertThat(placements.serverErrors()).isEqualTo(2);
		assertThat(placements.clientErrors()).isEqualTo(1);
		assertThat(placements.noResponse()).isEqualTo(1);
		assertThat(placements.otherStatuses()).isEqualTo(1);
		assertThat(placements.errors()).isEqualTo(5);
		assertThat(placements.latency().p50()).isEqualTo(1000);
		assertThat(placements.latency().p99()).isEqualTo(1980);
		assertThat(placements.latency().max()).isEqualTo(2000);
	}

}
