package dev.foodmesh.delivery.application;

import static dev.foodmesh.delivery.application.ApplicationFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierStatus;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryAction;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryResult.Rejected;
import dev.foodmesh.delivery.domain.OrderId;

class MoveDeliveryTest {

	private final ApplicationFixture app = new ApplicationFixture();

	private final Courier ada = app.couriers.hire("Ada", "Berlin", START);

	private final Actor byAda = new Actor.Courier(ada.id());

	@Test
	void shouldPickUpAndCompleteAndFreeTheCourier() {
		DeliveryId delivery = assigned();

		StepVerifier.create(app.move.pickUp(delivery, byAda)).expectNextCount(1).verifyComplete();
		StepVerifier.create(app.move.complete(delivery, byAda)).expectNextCount(1).verifyComplete();

		assertThat(app.deliveries.get(delivery)).isInstanceOf(Delivery.Completed.class);
		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.AVAILABLE);
		assertThat(app.outbox.appended()).map(Object::getClass)
			.containsExactly(DeliveryEvent.Scheduled.class, DeliveryEvent.PickedUp.class,
					DeliveryEvent.Completed.class);
	}

	@Test
	void shouldRejectCompletionBeforePickupAndChangeNothing() {
		DeliveryId delivery = assigned();

		StepVerifier.create(app.move.complete(delivery, byAda))
			.assertNext(result -> assertThat(result).isInstanceOfSatisfying(Rejected.class,
					rejected -> assertThat(rejected.reason().attempted()).isEqualTo(DeliveryAction.COMPLETE)))
			.verifyComplete();

		assertThat(app.deliveries.get(delivery)).isInstanceOf(Delivery.Assigned.class);
		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.BUSY);
	}

	@Test
	void shouldAnswerNothingForAnUnknownDelivery() {
		StepVerifier.create(app.move.pickUp(new DeliveryId(UUID.randomUUID()), byAda)).verifyComplete();
	}

	@Test
	void shouldRefuseACourierTheDeliveryOfAnotherAndChangeNothing() {
		DeliveryId delivery = assigned();
		Actor grace = new Actor.Courier(app.couriers.hire("Grace", "Berlin", START).id());

		StepVerifier.create(app.move.pickUp(delivery, grace))
			.verifyErrorSatisfies(refusal -> assertThat(refusal).isInstanceOf(NotAssignedToCourierException.class)
				.hasMessageContaining(delivery.toString()));

		assertThat(app.deliveries.get(delivery)).isInstanceOf(Delivery.Assigned.class);
		assertThat(app.outbox.appended()).map(Object::getClass).containsExactly(DeliveryEvent.Scheduled.class);
	}

	@Test
	void shouldRefuseACourierADeliveryWithoutOne() {
		OrderId order = new OrderId(UUID.randomUUID());
		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Hamburg")))
			.expectNextCount(1)
			.verifyComplete();
		DeliveryId waiting = app.deliveries.ofOrder(order).id();

		StepVerifier.create(app.move.pickUp(waiting, byAda)).verifyError(NotAssignedToCourierException.class);
		StepVerifier.create(app.move.pickUp(waiting, Actor.Staff.OPERATOR))
			.assertNext(result -> assertThat(result).isInstanceOf(Rejected.class))
			.verifyComplete();
	}

	@Test
	void shouldFreeTheCourierWhenTheOrderIsCancelled() {
		DeliveryId delivery = assigned();

		StepVerifier.create(app.move.release(app.deliveries.get(delivery).orderId()))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(app.deliveries.get(delivery)).isInstanceOf(Delivery.Released.class);
		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.AVAILABLE);
		assertThat(app.outbox.counted()).last().isInstanceOf(DeliveryEvent.Released.class);
	}

	private DeliveryId assigned() {
		OrderId order = new OrderId(UUID.randomUUID());
		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Berlin")))
			.expectNextCount(1)
			.verifyComplete();
		return app.deliveries.ofOrder(order).id();
	}

}
