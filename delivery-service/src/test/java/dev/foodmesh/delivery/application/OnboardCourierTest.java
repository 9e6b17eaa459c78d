package dev.foodmesh.delivery.application;

import static dev.foodmesh.delivery.application.ApplicationFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierStatus;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.OrderId;

/**
 * A hired courier gets work exactly as a seeded one: from the next paid order, or from a
 * delivery that waits.
 */
class OnboardCourierTest {

	private final ApplicationFixture app = new ApplicationFixture();

	@Test
	void shouldHireAnAvailableCourierIdleFromNow() {
		StepVerifier.create(app.onboard.onboard("Ada", "Berlin")).assertNext(courier -> {
			assertThat(courier.name()).isEqualTo("Ada");
			assertThat(courier.city()).isEqualTo("Berlin");
			assertThat(courier.status()).isEqualTo(CourierStatus.AVAILABLE);
			assertThat(courier.statusSince()).isEqualTo(START);
		}).verifyComplete();
	}

	@Test
	void shouldGiveANewCourierTheNextPaidOrderOfItsCity() {
		Courier ada = app.onboard.onboard("Ada", "Berlin").block();
		OrderId order = new OrderId(UUID.randomUUID());

		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(order, "Berlin")))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(app.deliveries.ofOrder(order)).isInstanceOfSatisfying(Delivery.Assigned.class,
				assigned -> assertThat(assigned.courierId()).isEqualTo(ada.id()));
		assertThat(app.couriers.statusOf(ada)).isEqualTo(CourierStatus.BUSY);
	}

	@Test
	void shouldGiveANewCourierToADeliveryAlreadyWaitingInItsCity() {
		OrderId waiting = new OrderId(UUID.randomUUID());
		StepVerifier.create(app.scheduleDelivery.schedule(new ScheduleDeliveryCommand(waiting, "Munich")))
			.expectNextCount(1)
			.verifyComplete();
		app.clock.advance(Duration.ofSeconds(5));

		Courier sepp = app.onboard.onboard("Sepp", "Munich").block();
		StepVerifier.create(app.assignWaiting.assignWaiting()).expectNextCount(1).verifyComplete();

		assertThat(app.outbox.appended()).singleElement()
			.isInstanceOfSatisfying(DeliveryEvent.Scheduled.class,
					scheduled -> assertThat(scheduled.courierName()).isEqualTo("Sepp"));
		assertThat(app.deliveries.ofOrder(waiting)).isInstanceOfSatisfying(Delivery.Assigned.class,
				assigned -> assertThat(assigned.courierId()).isEqualTo(sepp.id()));
	}

}
