package dev.foodmesh.delivery.domain;

import static dev.foodmesh.delivery.domain.DeliveryFixtures.aFailedDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.aPickedUpDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.aReleasedDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.aWaitingDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.anAssignedDelivery;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.foodmesh.delivery.domain.DeliveryResult.Changed;
import dev.foodmesh.delivery.domain.DeliveryResult.Rejected;

class OrderCancellationTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:05:00Z");

	@Test
	void shouldReleaseTheAssignedCourier() {
		Delivery.Assigned assigned = anAssignedDelivery();

		DeliveryResult result = DeliveryLifecycle.release(assigned, NOW);

		assertThat(result).isEqualTo(DeliveryResult.changed(new Delivery.Released(assigned.request(), NOW),
				new DeliveryEvent.Released(assigned.id(), assigned.orderId(), NOW, assigned.courierId())));
	}

	@Test
	void shouldStopAWaitingDeliveryWithoutFreeingAnyone() {
		Delivery.Unassigned waiting = aWaitingDelivery();

		DeliveryResult result = DeliveryLifecycle.release(waiting, NOW);

		assertThat(result).isInstanceOfSatisfying(Changed.class, changed -> {
			assertThat(changed.delivery()).isEqualTo(new Delivery.Released(waiting.request(), NOW));
			assertThat(changed.events()).singleElement().satisfies(event -> assertThat(event.freedCourier()).isEmpty());
		});
	}

	@Test
	void shouldLeaveAFailedDeliveryAsItIs() {
		Delivery.Failed failed = aFailedDelivery();

		assertThat(DeliveryLifecycle.release(failed, NOW)).isEqualTo(new Changed(failed, List.of()));
	}

	@Test
	void shouldIgnoreARepeatedCancellation() {
		Delivery.Released released = aReleasedDelivery();

		assertThat(DeliveryLifecycle.release(released, NOW)).isEqualTo(new Changed(released, List.of()));
	}

	@Test
	void shouldRefuseToReleaseAfterPickup() {
		assertThat(DeliveryLifecycle.release(aPickedUpDelivery(), NOW)).isInstanceOf(Rejected.class);
	}

}
