package dev.foodmesh.delivery.application;

import static dev.foodmesh.delivery.application.ApplicationFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierStatus;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.DeliveryResult.Changed;
import dev.foodmesh.delivery.domain.OrderId;

class ScheduleDeliveryTest {

	private final ApplicationFixture app = new ApplicationFixture();

	private final OrderId order = new OrderId(UUID.randomUUID());

	@Test
	void shouldAssignTheCourierIdleLongestAndPublishTheSchedule() {
		app.couriers.hire("Grace", "Berlin", START.minusSeconds(60));
		Courier ada = app.couriers.hire("Ada", "Berlin", START.minusSeconds(600));

		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Berlin")))
			.assertNext(result -> assertThat(result).isInstanceOfSatisfying(Changed.class,
					changed -> assertThat(changed.delivery()).isInstanceOf(Delivery.Assigned.class)))
			.verifyComplete();

		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.BUSY);
		assertThat(app.outbox.appended()).singleElement()
			.isInstanceOfSatisfying(DeliveryEvent.Scheduled.class, scheduled -> {
				assertThat(scheduled.courierName()).isEqualTo("Ada");
				assertThat(scheduled.estimatedDeliveryAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
			});
		assertThat(app.outbox.counted()).isEqualTo(app.outbox.appended());
	}

	@Test
	void shouldKeepTheDeliveryWaitingWhenNoCourierIsFreeInTheCity() {
		app.couriers.hire("Linus", "Hamburg", START);

		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Munich")))
			.assertNext(result -> assertThat(result).isInstanceOfSatisfying(Changed.class,
					changed -> assertThat(changed.isNoOp()).isTrue()))
			.verifyComplete();

		assertThat(app.deliveries.ofOrder(order)).isInstanceOf(Delivery.Unassigned.class);
		assertThat(app.outbox.appended()).isEmpty();
	}

	@Test
	void shouldAssignOnlyOnceWhenTheOrderIsPaidTwice() {
		app.couriers.hire("Ada", "Berlin", START);
		app.couriers.hire("Grace", "Berlin", START);
		ScheduleDeliveryCommand command = new ScheduleDeliveryCommand(order, "Berlin");
		StepVerifier.create(app.scheduleDelivery.schedule(command)).expectNextCount(1).verifyComplete();

		StepVerifier.create(app.scheduleDelivery.schedule(command))
			.assertNext(result -> assertThat(result).isEqualTo(new Changed(app.deliveries.ofOrder(order), List.of())))
			.verifyComplete();

		assertThat(app.deliveries.count()).isOne();
		assertThat(app.outbox.appended()).hasSize(1);
	}

	@Test
	void shouldScheduleNothingForAnOrderCancelledBeforeItsPaymentArrived() {
		Courier ada = app.couriers.hire("Ada", "Berlin", START);
		StepVerifier.create(app.move.release(order)).verifyComplete();

		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Berlin")))
			.verifyComplete();

		assertThat(app.deliveries.count()).isZero();
		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.AVAILABLE);
		assertThat(app.outbox.appended()).isEmpty();
	}

}
