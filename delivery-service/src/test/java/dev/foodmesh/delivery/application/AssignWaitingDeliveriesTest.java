package dev.foodmesh.delivery.application;

import static dev.foodmesh.delivery.application.ApplicationFixture.COURIER_WAIT;
import static dev.foodmesh.delivery.application.ApplicationFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.FailureReason;
import dev.foodmesh.delivery.domain.OrderId;

class AssignWaitingDeliveriesTest {

	private final ApplicationFixture app = new ApplicationFixture();

	@Test
	void shouldGiveACourierFreedLaterToTheOldestWaitingDelivery() {
		Courier ada = app.couriers.hire("Ada", "Berlin", START);
		OrderId first = scheduled("Berlin");
		app.clock.advance(Duration.ofSeconds(1));
		OrderId second = scheduled("Berlin");
		app.clock.advance(Duration.ofSeconds(1));
		OrderId third = scheduled("Berlin");
		complete(first);

		StepVerifier.create(app.assignWaiting.assignWaiting()).expectNextCount(2).verifyComplete();

		assertThat(app.deliveries.ofOrder(second)).isInstanceOfSatisfying(Delivery.Assigned.class,
				assigned -> assertThat(assigned.courierId()).isEqualTo(ada.id()));
		assertThat(app.deliveries.ofOrder(third)).isInstanceOf(Delivery.Unassigned.class);
	}

	@Test
	void shouldFailWithNoCourierOnceTheWaitHasPassed() {
		OrderId order = scheduled("Munich");
		app.clock.advance(COURIER_WAIT.minusMillis(1));
		StepVerifier.create(app.assignWaiting.assignWaiting()).expectNextCount(1).verifyComplete();
		assertThat(app.outbox.appended()).isEmpty();

		app.clock.advance(Duration.ofMillis(1));
		StepVerifier.create(app.assignWaiting.assignWaiting()).expectNextCount(1).verifyComplete();

		assertThat(app.deliveries.ofOrder(order)).isInstanceOf(Delivery.Failed.class);
		assertThat(app.outbox.appended()).singleElement()
			.isInstanceOfSatisfying(DeliveryEvent.Failed.class,
					failed -> assertThat(failed.reason()).isEqualTo(FailureReason.NO_COURIER));
	}

	@Test
	void shouldLeaveReleasedDeliveriesAlone() {
		OrderId order = scheduled("Munich");
		StepVerifier.create(app.move.release(order)).expectNextCount(1).verifyComplete();
		app.clock.advance(COURIER_WAIT);

		StepVerifier.create(app.assignWaiting.assignWaiting()).verifyComplete();

		assertThat(app.deliveries.ofOrder(order)).isInstanceOf(Delivery.Released.class);
	}

	private OrderId scheduled(String city) {
		OrderId order = new OrderId(UUID.randomUUID());
		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, city)))
			.expectNextCount(1)
			.verifyComplete();
		return order;
	}

	private void complete(OrderId order) {
		Delivery delivery = app.deliveries.ofOrder(order);
		StepVerifier
			.create(app.move.pickUp(delivery.id(), Actor.Staff.OPERATOR)
				.then(app.move.complete(delivery.id(), Actor.Staff.OPERATOR)))
			.expectNextCount(1)
			.verifyComplete();
	}

}
