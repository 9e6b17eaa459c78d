package dev.foodmesh.delivery.domain;

import static dev.foodmesh.delivery.domain.DeliveryFixtures.aCompletedDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.aPickedUpDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.aWaitingDelivery;
import static dev.foodmesh.delivery.domain.DeliveryFixtures.anAssignedDelivery;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.foodmesh.delivery.domain.DeliveryResult.Changed;
import dev.foodmesh.delivery.domain.DeliveryResult.Rejected;

class CourierProgressTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:15:00Z");

	@Test
	void shouldPickUpAnAssignedDelivery() {
		Delivery.Assigned assigned = anAssignedDelivery();

		DeliveryResult result = DeliveryLifecycle.pickUp(assigned, NOW);

		assertThat(result).isInstanceOfSatisfying(Changed.class, changed -> {
			assertThat(changed.delivery()).isEqualTo(new Delivery.PickedUp(assigned.request(), assigned.courierId(),
					assigned.estimatedDeliveryAt(), NOW));
			assertThat(changed.events()).containsExactly(
					new DeliveryEvent.PickedUp(assigned.id(), assigned.orderId(), NOW, assigned.courierId()));
		});
	}

	@Test
	void shouldCompleteAPickedUpDeliveryAndFreeItsCourier() {
		Delivery.PickedUp pickedUp = aPickedUpDelivery();

		DeliveryResult result = DeliveryLifecycle.complete(pickedUp, NOW);

		assertThat(result).isInstanceOfSatisfying(Changed.class, changed -> {
			assertThat(changed.delivery()).isEqualTo(
					new Delivery.Completed(pickedUp.request(), pickedUp.courierId(), pickedUp.pickedUpAt(), NOW));
			assertThat(changed.events()).singleElement()
				.satisfies(event -> assertThat(event.freedCourier()).contains(pickedUp.courierId()));
		});
	}

	@Test
	void shouldChangeNothingWhenPickupIsRepeated() {
		Delivery.PickedUp pickedUp = aPickedUpDelivery();

		DeliveryResult result = DeliveryLifecycle.pickUp(pickedUp, NOW);

		assertThat(result).isEqualTo(new Changed(pickedUp, List.of()));
	}

	@Test
	void shouldRejectPickupOfADeliveryWithoutCourier() {
		Delivery.Unassigned waiting = aWaitingDelivery();

		DeliveryResult result = DeliveryLifecycle.pickUp(waiting, NOW);

		assertThat(result).isEqualTo(
				new Rejected(new DeliveryRejection(waiting.id(), DeliveryStatus.UNASSIGNED, DeliveryAction.PICK_UP)));
	}

	@Test
	void shouldRejectCompletionBeforePickup() {
		Delivery.Assigned assigned = anAssignedDelivery();

		DeliveryResult result = DeliveryLifecycle.complete(assigned, NOW);

		assertThat(result).isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.reason().message())
			.isEqualTo("Delivery " + assigned.id() + " is ASSIGNED and cannot complete"));
	}

	@Test
	void shouldRejectPickupOfACompletedDelivery() {
		DeliveryResult result = DeliveryLifecycle.pickUp(aCompletedDelivery(), NOW);

		assertThat(result).isInstanceOf(Rejected.class);
	}

}
