package dev.foodmesh.loadtest;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

	@Test
	void shouldPutAPauseAfterTheWarmUpAndAfterEveryStep() {
		Schedule schedule = Schedule.of(new LoadProfile.Placement(Duration.ofSeconds(30), 10, List.of(100, 250),
				Duration.ofSeconds(60), Duration.ofSeconds(15)));

		assertThat(schedule.steps()).extracting(Schedule.Step::rate).containsExactly(100, 250);
		Schedule.Step first = schedule.steps().get(0);
		assertThat(first.start()).isEqualTo(Duration.ofSeconds(45));
		assertThat(first.end()).isEqualTo(Duration.ofSeconds(105));
		assertThat(first.pause()).isEqualTo(Duration.ofSeconds(15));
		Schedule.Step second = schedule.steps().get(1);
		assertThat(second.start()).isEqualTo(Duration.ofSeconds(120));
		assertThat(second.length()).isEqualTo(Duration.ofSeconds(60));
		assertThat(schedule.total()).isEqualTo(Duration.ofSeconds(195));
		assertThat(second.label()).isEqualTo("250/s");
	}

	@Test
	void shouldStartAtOnceWithoutWarmUp() {
		Schedule schedule = Schedule
			.of(new LoadProfile.Placement(Duration.ZERO, 1, List.of(20), Duration.ofSeconds(10), Duration.ZERO));

		assertThat(schedule.steps().getFirst().start()).isZero();
		assertThat(schedule.total()).isEqualTo(Duration.ofSeconds(10));
	}

}
