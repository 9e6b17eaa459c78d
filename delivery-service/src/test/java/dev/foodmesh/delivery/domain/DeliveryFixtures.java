package dev.foodmesh.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Deliveries and couriers in every state, as the tests' given-clauses need them. */
public final class DeliveryFixtures {

	public static final Instant REQUESTED_AT = Instant.parse("2026-11-25T12:00:00Z");

	public static final String BERLIN = "Berlin";

	public static final EtaPolicy ETA = new EtaPolicy(Duration.ofMinutes(10), Duration.ofMinutes(20));

	private static final CourierId ADA = new CourierId(UUID.fromString("66666666-6666-4666-8666-666666666611"));

	private DeliveryFixtures() {
	}

	public static DeliveryRequest aRequest(String city) {
		return new DeliveryRequest(new DeliveryId(UUID.randomUUID()), new OrderId(UUID.randomUUID()), city,
				REQUESTED_AT);
	}

	public static Delivery.Unassigned aWaitingDelivery() {
		return new Delivery.Unassigned(aRequest(BERLIN));
	}

	public static Delivery.Assigned anAssignedDelivery() {
		return aWaitingDelivery().assign(ADA, ETA.estimate(REQUESTED_AT), REQUESTED_AT);
	}

	public static Delivery.PickedUp aPickedUpDelivery() {
		return anAssignedDelivery().pickUp(REQUESTED_AT.plusSeconds(60));
	}

	public static Delivery.Completed aCompletedDelivery() {
		return aPickedUpDelivery().complete(REQUESTED_AT.plusSeconds(120));
	}

	public static Delivery.Failed aFailedDelivery() {
		return aWaitingDelivery().fail(FailureReason.NO_COURIER, REQUESTED_AT.plusSeconds(30));
	}

	public static Delivery.Released aReleasedDelivery() {
		return anAssignedDelivery().release(REQUESTED_AT.plusSeconds(30));
	}

	public static Courier anAvailableCourier(String name, String city, Instant idleSince) {
		return new Courier(new CourierId(UUID.randomUUID()), name, city, CourierStatus.AVAILABLE, idleSince);
	}

	public static Courier aBusyCourier(String name, String city) {
		return new Courier(new CourierId(UUID.randomUUID()), name, city, CourierStatus.BUSY, REQUESTED_AT);
	}

}
