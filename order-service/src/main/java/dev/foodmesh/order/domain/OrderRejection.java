package dev.foodmesh.order.domain;

/** Why an order refused a trigger: the move is illegal from its status. */
public record OrderRejection(OrderId orderId, OrderStatus status, Trigger trigger) {

	public String describe() {
		return "order " + this.orderId + " is " + this.status + " and cannot take " + this.trigger;
	}

}
