package dev.foodmesh.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.order.domain.OrderCommand.AssignCourier;
import dev.foodmesh.order.domain.OrderCommand.AuthorizePayment;
import dev.foodmesh.order.domain.OrderResult.Changed;
import dev.foodmesh.order.domain.OrderResult.Rejected;

/**
 * An order: what was ordered, where it stands in the saga, and how it got there.
 * Immutable; every command answers a new order and the events to publish, as
 * {@link OrderTransitions} allows.
 *
 * @param cancellationReason why the order is cancelled or being cancelled, otherwise
 * {@code null}
 * @param paymentId the authorised payment, once paid
 * @param courierAssignment the courier and ETA, once delivery is scheduled
 * @param history every step, oldest first; the first entry is the placement
 */
public record Order(OrderId id, OrderDetails details, OrderStatus status,
		@Nullable CancellationReason cancellationReason, @Nullable PaymentId paymentId,
		@Nullable CourierAssignment courierAssignment, List<HistoryEntry> history, Instant createdAt,
		Instant updatedAt) {

	public Order {
		history = List.copyOf(history);
	}

	/** Places a new order, awaiting payment. */
	public static Changed place(OrderId id, OrderDetails details, Instant now) {
		List<HistoryEntry> history = List.of(new HistoryEntry(OrderStatus.PAYMENT_PENDING, null, now));
		Order order = new Order(id, details, OrderStatus.PAYMENT_PENDING, null, null, null, history, now, now);
		return new Changed(order, List.of(new OrderEvent.Placed(order, now)));
	}

	/**
	 * The order as {@link #place} answered it, whatever happened to it since: placing
	 * depends only on the id, the details and the moment, which never change.
	 */
	public Order asPlaced() {
		return place(this.id, this.details, this.createdAt).next();
	}

	/** Applies a command as the transition table says. */
	public OrderResult handle(OrderCommand command, Instant now) {
		return switch (OrderTransitions.of(this.status, command.trigger())) {
			case Transition.Move move ->
				new Changed(movedTo(move.target(), this.cancellationReason, command, now), List.of());
			case Transition.MarkPaid paid -> markPaid(command, now);
			case Transition.Cancel cancel -> cancel(cancel, command, now);
			case Transition.AskRelease ask -> askRelease(ask.reason(), command, now);
			case Transition.AskReleaseAgain again -> askReleaseAgain(command.trigger(), now);
			case Transition.RequestRefund request -> requestRefund(now);
			case Transition.Resume resume -> resume(resume.target(), command.trigger(), now);
			case Transition.Ignore ignore -> unchanged();
			case Transition.RecordRefund record -> recordRefund(now);
			case Transition.Refuse refuse -> new Rejected(new OrderRejection(this.id, this.status, command.trigger()));
		};
	}

	/** When the order first reached {@code status}, if it did. */
	public Optional<Instant> reachedAt(OrderStatus status) {
		return this.history.stream().filter((entry) -> entry.status() == status).map(HistoryEntry::at).findFirst();
	}

	/**
	 * Whether the order waits for delivery-service to confirm the release its
	 * cancellation asked for. A {@code NO_COURIER} cancellation asks for nothing:
	 * delivery-service gave the delivery up itself.
	 */
	public boolean awaitsRelease() {
		return this.status == OrderStatus.CANCELLATION_PENDING
				&& this.cancellationReason != CancellationReason.NO_COURIER
				&& this.history.stream().noneMatch((entry) -> Trigger.DELIVERY_RELEASED.name().equals(entry.reason()));
	}

	private Order movedTo(OrderStatus target, @Nullable CancellationReason reason, OrderCommand command, Instant now) {
		String historyReason = (isCancellation(target) && reason != null) ? reason.name() : null;
		return new Order(this.id, this.details, target, reason, paymentIdAfter(command), assignmentAfter(command),
				appended(new HistoryEntry(target, historyReason, now)), this.createdAt, now);
	}

	private Changed markPaid(OrderCommand command, Instant now) {
		Order next = movedTo(OrderStatus.PAID, this.cancellationReason, command, now);
		return new Changed(next, List.of(new OrderEvent.Paid(next, now)));
	}

	private Changed cancel(Transition.Cancel cancel, OrderCommand command, Instant now) {
		Order next = movedTo(cancel.target(), cancel.reason(), command, now);
		return new Changed(next,
				List.of(OrderEvent.Cancelled.refunding(next, now, cancel.reason(), cancel.refundRequested())));
	}

	private Changed askRelease(CancellationReason reason, OrderCommand command, Instant now) {
		Order next = movedTo(OrderStatus.CANCELLATION_PENDING, reason, command, now);
		return new Changed(next, List.of(OrderEvent.Cancelled.askingRelease(next, now, reason)));
	}

	private Changed askReleaseAgain(Trigger overdue, Instant now) {
		if (!awaitsRelease()) {
			return unchanged();
		}
		Order next = withEntry(this.status, this.cancellationReason, new HistoryEntry(this.status, overdue.name(), now),
				now);
		return new Changed(next, List.of(OrderEvent.Cancelled.askingRelease(next, now, cancellationReasonOf(next))));
	}

	private Changed requestRefund(Instant now) {
		if (!awaitsRelease()) {
			return unchanged();
		}
		Order next = withEntry(this.status, this.cancellationReason,
				new HistoryEntry(this.status, Trigger.DELIVERY_RELEASED.name(), now), now);
		return new Changed(next, List.of(OrderEvent.Cancelled.refunding(next, now, cancellationReasonOf(next), true)));
	}

	// a refusal after a confirmed release contradicts delivery-service's own state
	// machine: never applied silently
	private OrderResult resume(OrderStatus target, Trigger refusal, Instant now) {
		if (!awaitsRelease()) {
			return new Rejected(new OrderRejection(this.id, this.status, refusal));
		}
		return new Changed(withEntry(target, null, new HistoryEntry(target, refusal.name(), now), now), List.of());
	}

	/**
	 * Whether payment-service confirmed a refund: it completed a pending cancellation or
	 * was recorded afterwards.
	 */
	public boolean isRefunded() {
		return (reachedAt(OrderStatus.CANCELLATION_PENDING).isPresent() && this.status == OrderStatus.CANCELLED)
				|| this.history.stream().anyMatch((entry) -> HistoryEntry.PAYMENT_REFUNDED.equals(entry.reason()));
	}

	private Changed recordRefund(Instant now) {
		if (isRefunded()) {
			return unchanged();
		}
		HistoryEntry refund = new HistoryEntry(this.status, HistoryEntry.PAYMENT_REFUNDED, now);
		return new Changed(withEntry(this.status, this.cancellationReason, refund, now), List.of());
	}

	private Order withEntry(OrderStatus target, @Nullable CancellationReason reason, HistoryEntry entry, Instant now) {
		return new Order(this.id, this.details, target, reason, this.paymentId, this.courierAssignment, appended(entry),
				this.createdAt, now);
	}

	private static CancellationReason cancellationReasonOf(Order cancelling) {
		return Objects.requireNonNull(cancelling.cancellationReason(), "a cancellation without reason");
	}

	private Changed unchanged() {
		return new Changed(this, List.of());
	}

	private static boolean isCancellation(OrderStatus status) {
		return status == OrderStatus.CANCELLATION_PENDING || status == OrderStatus.CANCELLED;
	}

	private @Nullable PaymentId paymentIdAfter(OrderCommand command) {
		return (command instanceof AuthorizePayment authorize) ? authorize.paymentId() : this.paymentId;
	}

	private @Nullable CourierAssignment assignmentAfter(OrderCommand command) {
		return (command instanceof AssignCourier assign) ? assign.assignment() : this.courierAssignment;
	}

	private List<HistoryEntry> appended(HistoryEntry entry) {
		List<HistoryEntry> entries = new ArrayList<>(this.history);
		entries.add(entry);
		return entries;
	}

}
