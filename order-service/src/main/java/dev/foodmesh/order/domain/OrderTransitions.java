package dev.foodmesh.order.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.foodmesh.order.domain.CancellationReason.PAYMENT_TIMEOUT;
import static dev.foodmesh.order.domain.OrderStatus.CANCELLATION_PENDING;
import static dev.foodmesh.order.domain.OrderStatus.CANCELLED;
import static dev.foodmesh.order.domain.OrderStatus.DELIVERED;
import static dev.foodmesh.order.domain.OrderStatus.DELIVERY_SCHEDULED;
import static dev.foodmesh.order.domain.OrderStatus.PAID;
import static dev.foodmesh.order.domain.OrderStatus.PAYMENT_PENDING;
import static dev.foodmesh.order.domain.OrderStatus.PICKED_UP;
import static dev.foodmesh.order.domain.Trigger.CANCEL_REFUSED_DELIVERED;
import static dev.foodmesh.order.domain.Trigger.CANCEL_REFUSED_PICKED_UP;
import static dev.foodmesh.order.domain.Trigger.COURIER_ASSIGNED;
import static dev.foodmesh.order.domain.Trigger.CUSTOMER_CANCELLED;
import static dev.foodmesh.order.domain.Trigger.DELIVERY_OVERDUE;
import static dev.foodmesh.order.domain.Trigger.DELIVERY_RELEASED;
import static dev.foodmesh.order.domain.Trigger.NO_COURIER;
import static dev.foodmesh.order.domain.Trigger.PAYMENT_AUTHORIZED;
import static dev.foodmesh.order.domain.Trigger.PAYMENT_DECLINED;
import static dev.foodmesh.order.domain.Trigger.PAYMENT_REFUNDED;
import static dev.foodmesh.order.domain.Trigger.PAYMENT_TIMED_OUT;
import static dev.foodmesh.order.domain.Trigger.RELEASE_OVERDUE;

/**
 * The order state machine as one table: from status, on trigger, what happens, with its
 * whole consequence: where the order goes, the event it publishes, the reason it is
 * cancelled with, and whether a refund is requested. A pair without a row is refused.
 * <p>
 * "Ignore" rows make redelivery harmless (the step was already taken) and absorb events
 * that arrive after the order was cancelled: payment refunds a late authorisation itself,
 * delivery releases a late courier itself.
 * <p>
 * A paid order may already be with its courier while this service still sees it PAID or
 * DELIVERY_SCHEDULED, so the customer's cancel only asks delivery-service to release it.
 * Its answer settles the race one way: released → the refund is requested and
 * {@code PaymentRefunded} cancels the order; refused → the order resumes where delivery
 * is and stays charged. Pickup and delivery news that arrive while the answer is awaited
 * are ignored: delivery answers after them, and its answer says where the order stands.
 */
public final class OrderTransitions {

	private static final Map<OrderStatus, Map<Trigger, Transition>> TABLE = table(
			// from ················ on ················· then (status; what is published)
			row(PAYMENT_PENDING, PAYMENT_AUTHORIZED, markPaid()),
			row(PAYMENT_PENDING, PAYMENT_DECLINED, cancel(CANCELLED, CancellationReason.PAYMENT_DECLINED)),
			row(PAYMENT_PENDING, PAYMENT_TIMED_OUT, cancelAndRefund(CANCELLED, PAYMENT_TIMEOUT)),
			row(PAYMENT_PENDING, CUSTOMER_CANCELLED, cancelAndRefund(CANCELLED, CancellationReason.CUSTOMER_CANCELLED)),

			row(PAID, PAYMENT_AUTHORIZED, ignore()), row(PAID, COURIER_ASSIGNED, move(DELIVERY_SCHEDULED)),
			row(PAID, NO_COURIER, cancelAndRefund(CANCELLATION_PENDING, CancellationReason.NO_COURIER)),
			row(PAID, CUSTOMER_CANCELLED, askRelease(CancellationReason.CUSTOMER_CANCELLED)),
			row(PAID, DELIVERY_OVERDUE, askRelease(CancellationReason.DELIVERY_OVERDUE)),

			row(DELIVERY_SCHEDULED, PAYMENT_AUTHORIZED, ignore()), row(DELIVERY_SCHEDULED, COURIER_ASSIGNED, ignore()),
			row(DELIVERY_SCHEDULED, Trigger.PICKED_UP, move(PICKED_UP)),
			row(DELIVERY_SCHEDULED, CUSTOMER_CANCELLED, askRelease(CancellationReason.CUSTOMER_CANCELLED)),

			row(PICKED_UP, PAYMENT_AUTHORIZED, ignore()), row(PICKED_UP, COURIER_ASSIGNED, ignore()),
			row(PICKED_UP, Trigger.PICKED_UP, ignore()), row(PICKED_UP, Trigger.DELIVERED, move(DELIVERED)),
			row(PICKED_UP, CANCEL_REFUSED_PICKED_UP, ignore()), row(PICKED_UP, CANCEL_REFUSED_DELIVERED, ignore()),

			row(DELIVERED, PAYMENT_AUTHORIZED, ignore()), row(DELIVERED, COURIER_ASSIGNED, ignore()),
			row(DELIVERED, Trigger.PICKED_UP, ignore()), row(DELIVERED, Trigger.DELIVERED, ignore()),
			row(DELIVERED, CANCEL_REFUSED_PICKED_UP, ignore()), row(DELIVERED, CANCEL_REFUSED_DELIVERED, ignore()),

			row(CANCELLATION_PENDING, PAYMENT_REFUNDED, move(CANCELLED)),
			row(CANCELLATION_PENDING, DELIVERY_RELEASED, requestRefund()),
			row(CANCELLATION_PENDING, CANCEL_REFUSED_PICKED_UP, resume(PICKED_UP)),
			row(CANCELLATION_PENDING, CANCEL_REFUSED_DELIVERED, resume(DELIVERED)),
			row(CANCELLATION_PENDING, RELEASE_OVERDUE, askReleaseAgain()),
			everyOtherTrigger(CANCELLATION_PENDING,
					EnumSet.of(PAYMENT_REFUNDED, DELIVERY_RELEASED, CANCEL_REFUSED_PICKED_UP, CANCEL_REFUSED_DELIVERED,
							RELEASE_OVERDUE),
					ignore()),

			row(CANCELLED, PAYMENT_REFUNDED, recordRefund()),
			everyOtherTrigger(CANCELLED, EnumSet.of(PAYMENT_REFUNDED), ignore()));

	private OrderTransitions() {
	}

	/** What {@code trigger} does to an order in {@code from}. */
	public static Transition of(OrderStatus from, Trigger trigger) {
		return TABLE.get(from).getOrDefault(trigger, new Transition.Refuse());
	}

	private record Row(OrderStatus from, Trigger on, Transition then) {
	}

	private static Stream<Row> row(OrderStatus from, Trigger on, Transition then) {
		return Stream.of(new Row(from, on, then));
	}

	private static Stream<Row> everyOtherTrigger(OrderStatus from, Set<Trigger> except, Transition then) {
		return Arrays.stream(Trigger.values())
			.filter((on) -> !except.contains(on))
			.map((on) -> new Row(from, on, then));
	}

	private static Transition move(OrderStatus target) {
		return new Transition.Move(target);
	}

	private static Transition markPaid() {
		return new Transition.MarkPaid();
	}

	private static Transition cancel(OrderStatus target, CancellationReason reason) {
		return new Transition.Cancel(target, reason, false);
	}

	private static Transition cancelAndRefund(OrderStatus target, CancellationReason reason) {
		return new Transition.Cancel(target, reason, true);
	}

	private static Transition askRelease(CancellationReason reason) {
		return new Transition.AskRelease(reason);
	}

	private static Transition askReleaseAgain() {
		return new Transition.AskReleaseAgain();
	}

	private static Transition requestRefund() {
		return new Transition.RequestRefund();
	}

	private static Transition resume(OrderStatus target) {
		return new Transition.Resume(target);
	}

	private static Transition ignore() {
		return new Transition.Ignore();
	}

	private static Transition recordRefund() {
		return new Transition.RecordRefund();
	}

	@SafeVarargs
	private static Map<OrderStatus, Map<Trigger, Transition>> table(Stream<Row>... rows) {
		Map<OrderStatus, Map<Trigger, Transition>> table = new EnumMap<>(OrderStatus.class);
		Arrays.stream(OrderStatus.values()).forEach((status) -> table.put(status, new EnumMap<>(Trigger.class)));
		Stream.of(rows).flatMap((stream) -> stream).forEach((row) -> addOnce(table, row));
		return table;
	}

	private static void addOnce(Map<OrderStatus, Map<Trigger, Transition>> table, Row row) {
		if (table.get(row.from()).put(row.on(), row.then()) != null) {
			throw new IllegalStateException("Two rows for " + row.from() + " on " + row.on());
		}
	}

}
