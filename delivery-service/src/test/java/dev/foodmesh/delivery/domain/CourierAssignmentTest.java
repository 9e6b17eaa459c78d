package dev.foodmesh.delivery.domain;

import static dev.foodmesh.delivery.domain.DeliveryFixtures.BERLIN;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.ETA;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.REQUESTED_AT;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.aBusyCourier;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.aWaitingDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.anAssignedDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.anAvailableCourier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.foodmesh.delivery.domain.DeliveryResult.Changed;

class CourierAssignmentTest {

	private static final Duration COURIER_WAIT = Duration.ofSeconds(30);

	private final Dispatcher dispatcher = new Dispatcher(ETA, COURIER_WAIT);

	@Test
	void shouldAssignTheCourierIdleLongestInTheCity() {
		Delivery.Unassigned waiting = aWaitingDelivery();
		Courier idleLongest = anAvailableCourier("Ada", BERLIN, REQUESTED_AT.minusSeconds(600));
		List<Courier> couriers = List.of(anAvailableCourier("Grace", BERLIN, REQUESTED_AT.minusSeconds(60)),
				idleLongest, anAvailableCourier("Linus", "Hamburg", REQUESTED_AT.minusSeconds(3600)));

		DeliveryResult result = dispatcher.dispatch(waiting, couriers, REQUESTED_AT);

		Instant eta = REQUESTED_AT.plus(Duration.ofMinutes(30));
		assertThat(result).isEqualTo(
				DeliveryResult.changed(new Delivery.Assigned(waiting.request(), idleLongest.id(), REQUESTED_AT, eta),
						new DeliveryEvent.Scheduled(waiting.id(), waiting.orderId(), REQUESTED_AT, idleLongest.id(),
								"Ada", eta)));
	}

	@Test
	void shouldKeepWaitingWhileTheCourierWaitLasts() {
		Delivery.Unassigned waiting = aWaitingDelivery();
		List<Courier> couriers = List.of(aBusyCourier("Ada", BERLIN));

		DeliveryResult result = dispatcher.dispatch(waiting, couriers, REQUESTED_AT.plus(COURIER_WAIT).minusMillis(1));

		assertThat(result).isEqualTo(new Changed(waiting, List.of()));
	}

	@Test
	void shouldFailWithNoCourierOnceTheWaitHasPassed() {
		Delivery.Unassigned waiting = aWaitingDelivery();
		Instant now = REQUESTED_AT.plus(COURIER_WAIT);

		DeliveryResult result = dispatcher.dispatch(waiting, List.of(), now);

		assertThat(result)
			.isEqualTo(DeliveryResult.changed(new Delivery.Failed(waiting.request(), FailureReason.NO_COURIER, now),
					new DeliveryEvent.Failed(waiting.id(), waiting.orderId(), now, FailureReason.NO_COURIER)));
	}

	@Test
	void shouldNotAssignASecondCourierToAnAssignedDelivery() {
		Delivery.Assigned assigned = anAssignedDelivery();

		DeliveryResult result = dispatcher.dispatch(assigned,
				List.of(anAvailableCourier("Grace", BERLIN, REQUESTED_AT)), REQUESTED_AT);

		assertThat(result).isEqualTo(new Changed(assigned, List.of()));
	}

}
