package dev.foodmesh.messaging.redrive;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedrivePlanTest {

	private static final String DLT = "foodmesh.order.events.v1.dlt";

	private final TopicPartition p0 = new TopicPartition(DLT, 0);

	private final TopicPartition p1 = new TopicPartition(DLT, 1);

	private final RedrivePlan plan = new RedrivePlan(Map.of(this.p0, 3L, this.p1, 5L),
			Map.of(this.p0, 10L, this.p1, 5L));

	@Test
	void shouldCountTheRecordsNotRedrivenBefore() {
		assertThat(this.plan.pending()).isEqualTo(7);
		assertThat(this.plan.startOf(this.p0)).isEqualTo(3);
	}

	@Test
	void shouldLeaveRecordsDeadLetteredAfterTheRedriveBeganForTheNextOne() {
		assertThat(this.plan.includes(new ConsumerRecord<>(DLT, 0, 9, null, null))).isTrue();
		assertThat(this.plan.includes(new ConsumerRecord<>(DLT, 0, 10, null, null))).isFalse();
		assertThat(this.plan.includes(new ConsumerRecord<>(DLT, 1, 5, null, null))).isFalse();
	}

}
