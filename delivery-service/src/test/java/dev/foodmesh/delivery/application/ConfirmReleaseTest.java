package dev.foodmesh.delivery.application;

import static dev.foodmesh.delivery.application.ApplicationFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierStatus;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryStatus;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.delivery.domain.ReleaseAnswer;

class ConfirmReleaseTest {

	private final ApplicationFixture app = new ApplicationFixture();

	private final Courier ada = app.couriers.hire("Ada", "Berlin", START);

	private final OrderId order = new OrderId(UUID.randomUUID());

	@Test
	void shouldReleaseTheCourierAndSaySoEveryTimeItIsAsked() {
		DeliveryId delivery = assigned();

		StepVerifier.create(app.confirmRelease.confirm(order)).expectNextCount(1).verifyComplete();
		StepVerifier.create(app.confirmRelease.confirm(order)).expectNextCount(1).verifyComplete();

		assertThat(app.answers).containsExactly(new ReleaseAnswer.Released(order, delivery, START),
				new ReleaseAnswer.Released(order, delivery, START));
		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.AVAILABLE);
	}

	@Test
	void shouldRefuseOnceTheCourierHasTheFood() {
		DeliveryId delivery = assigned();
		StepVerifier.create(app.move.pickUp(delivery, Actor.Staff.OPERATOR)).expectNextCount(1).verifyComplete();

		StepVerifier.create(app.confirmRelease.confirm(order)).expectNextCount(1).verifyComplete();

		assertThat(app.answers)
			.containsExactly(new ReleaseAnswer.Refused(order, delivery, DeliveryStatus.PICKED_UP, START));
		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.BUSY);
	}

	@Test
	void shouldConfirmForAnOrderWithoutDeliveryAndRememberTheCancellation() {
		StepVerifier.create(app.confirmRelease.confirm(order)).expectNextCount(1).verifyComplete();

		assertThat(app.answers).containsExactly(new ReleaseAnswer.Released(order, null, START));
		StepVerifier.create(app.cancelledOrders.contains(order)).expectNext(true).verifyComplete();
	}

	private DeliveryId assigned() {
		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Berlin")))
			.expectNextCount(1)
			.verifyComplete();
		return app.deliveries.ofOrder(order).id();
	}

}
