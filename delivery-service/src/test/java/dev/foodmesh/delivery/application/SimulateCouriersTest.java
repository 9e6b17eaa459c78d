package dev.foodmesh.delivery.application;

import static dev.foodmesh.delivery.application.ApplicationFixture.DELIVERY_DELAY;
import static dev.foodmesh.delivery.application.ApplicationFixture.PICKUP_DELAY;
import static dev.foodmesh.delivery.application.ApplicationFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.OrderId;

class SimulateCouriersTest {

	private static final Duration A_MOMENT = Duration.ofMillis(1);

	private final ApplicationFixture app = new ApplicationFixture();

	private final OrderId order = new OrderId(UUID.randomUUID());

	@Test
	void shouldPickUpAfterThePickupDelayAndDeliverAfterTheDeliveryDelay() {
		app.couriers.hire("Ada", "Berlin", START);
		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Berlin")))
			.expectNextCount(1)
			.verifyComplete();

		app.clock.advance(PICKUP_DELAY);
		StepVerifier.create(app.simulator.pass()).verifyComplete();
		app.clock.advance(A_MOMENT);
		StepVerifier.create(app.simulator.pass()).expectNextCount(1).verifyComplete();
		assertThat(app.deliveries.ofOrder(order)).isInstanceOf(Delivery.PickedUp.class);

		app.clock.advance(DELIVERY_DELAY);
		StepVerifier.create(app.simulator.pass()).verifyComplete();
		app.clock.advance(A_MOMENT);
		StepVerifier.create(app.simulator.pass()).expectNextCount(1).verifyComplete();
		assertThat(app.deliveries.ofOrder(order)).isInstanceOf(Delivery.Completed.class);
	}

	@Test
	void shouldNotTouchDeliveriesWaitingForACourier() {
		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Munich")))
			.expectNextCount(1)
			.verifyComplete();
		app.clock.advance(DELIVERY_DELAY.plus(PICKUP_DELAY).plus(A_MOMENT));

		StepVerifier.create(app.simulator.pass()).verifyComplete();

		assertThat(app.deliveries.ofOrder(order)).isInstanceOf(Delivery.Unassigned.class);
	}

}
