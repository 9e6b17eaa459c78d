package dev.foodmesh.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.foodmesh.order.domain.OrderResult.Changed;

/** Orders in every status, reached through the legal path, to read like the saga. */
public final class OrderFixtures {

	public static final Instant PLACED_AT = Instant.parse("2026-05-01T12:00:00Z");

	public static final Courier ADA = new Courier(
			new CourierId(UUID.fromString("66666666-6666-4666-8666-666666666611")), "Ada");

	private OrderFixtures() {
	}

	public static OrderDetails margheritaForAlice() {
		Money price = new Money(950, "EUR");
		OrderLine line = new OrderLine(new MenuItemId(UUID.fromString("33333333-3333-4333-8333-333333333311")),
				"Margherita", 2, price, price.times(2));
		return new OrderDetails(new UserId(UUID.fromString("11111111-1111-4111-8111-111111111111")),
				new RestaurantId(UUID.fromString("22222222-2222-4222-8222-222222222221")), "Berlin", List.of(line),
				price.times(2), new DeliveryAddress("Unter den Linden 1", "Berlin", "10117"), "tok_visa");
	}

	public static Order anOrderAwaitingPayment() {
		return Order.place(OrderId.random(), margheritaForAlice(), PLACED_AT).next();
	}

	/**
	 * An order in {@code status}, reached by the shortest legal path, one minute per
	 * step.
	 */
	public static Order anOrderIn(OrderStatus status) {
		return switch (status) {
			case PAYMENT_PENDING -> anOrderAwaitingPayment();
			case PAID -> after(anOrderAwaitingPayment(), Trigger.PAYMENT_AUTHORIZED);
			case DELIVERY_SCHEDULED -> after(anOrderIn(OrderStatus.PAID), Trigger.COURIER_ASSIGNED);
			case PICKED_UP -> after(anOrderIn(OrderStatus.DELIVERY_SCHEDULED), Trigger.PICKED_UP);
			case DELIVERED -> after(anOrderIn(OrderStatus.PICKED_UP), Trigger.DELIVERED);
			case CANCELLATION_PENDING -> after(anOrderIn(OrderStatus.PAID), Trigger.NO_COURIER);
			case CANCELLED -> after(anOrderAwaitingPayment(), Trigger.PAYMENT_DECLINED);
		};
	}

	/** The command that carries {@code trigger}, with plausible data. */
	public static OrderCommand commandFor(Trigger trigger) {
		return switch (trigger) {
			case PAYMENT_AUTHORIZED -> new OrderCommand.AuthorizePayment(new PaymentId(UUID.randomUUID()));
			case COURIER_ASSIGNED ->
				new OrderCommand.AssignCourier(new CourierAssignment(ADA, PLACED_AT.plus(Duration.ofMinutes(40))));
			default -> new OrderCommand.Signal(trigger);
		};
	}

	/** One minute after the order's last step. */
	public static Instant nextMinute(Order order) {
		return order.updatedAt().plus(Duration.ofMinutes(1));
	}

	public static Order after(Order order, Trigger trigger) {
		return changed(order.handle(commandFor(trigger), nextMinute(order))).next();
	}

	public static Changed changed(OrderResult result) {
		if (result instanceof Changed changed) {
			return changed;
		}
		throw new AssertionError("expected a change but got " + result);
	}

}
