package dev.foodmesh.order.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.order.application.AdvanceOrder;
import dev.foodmesh.order.application.CancelOrder;
import dev.foodmesh.order.application.ChaseOverdueOrders;
import dev.foodmesh.order.application.IdempotencyRecords;
import dev.foodmesh.order.application.OrderChangeWriter;
import dev.foodmesh.order.application.OrderChanges;
import dev.foodmesh.order.application.OrderOutbox;
import dev.foodmesh.order.application.Orders;
import dev.foodmesh.order.application.OverdueMetrics;
import dev.foodmesh.order.application.OverdueOrders;
import dev.foodmesh.order.application.PlaceOrder;
import dev.foodmesh.order.application.Restaurants;
import dev.foodmesh.order.application.SagaMetrics;
import dev.foodmesh.order.application.TimeOutPayments;
import dev.foodmesh.order.application.Transactions;
import dev.foodmesh.order.application.Users;
import dev.foodmesh.order.application.WatchOrder;

/** The use cases, wired to their ports' adapters. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfig {

	@Bean
	OrderChangeWriter orderChangeWriter(Orders orders, OrderOutbox outbox, SagaMetrics metrics) {
		return new OrderChangeWriter(orders, outbox, metrics);
	}

	@Bean
	PlaceOrder placeOrder(Users users, Restaurants restaurants, IdempotencyRecords idempotency, Orders orders,
			OrderChangeWriter writer, Transactions transactions, Clock clock) {
		return new PlaceOrder(users, restaurants, idempotency, orders, writer, transactions, clock);
	}

	@Bean
	AdvanceOrder advanceOrder(Orders orders, OrderChangeWriter writer, Transactions transactions, Clock clock) {
		return new AdvanceOrder(orders, writer, transactions, clock);
	}

	@Bean
	CancelOrder cancelOrder(AdvanceOrder advanceOrder) {
		return new CancelOrder(advanceOrder);
	}

	@Bean
	TimeOutPayments timeOutPayments(Orders orders, OrderChangeWriter writer, Transactions transactions, Clock clock,
			OrderProperties properties) {
		return new TimeOutPayments(orders, writer, transactions, clock, properties.paymentTimeout(),
				properties.paymentTimeoutScan().batchSize());
	}

	@Bean
	ChaseOverdueOrders chaseOverdueOrders(OverdueOrders overdue, OrderChangeWriter writer, Transactions transactions,
			OverdueMetrics metrics, Clock clock, OrderProperties properties) {
		return new ChaseOverdueOrders(overdue, writer, transactions, metrics, clock, properties.overdue().bounds(),
				properties.overdue().batchSize());
	}

	@Bean
	WatchOrder watchOrder(Orders orders, OrderChanges changes, OrderProperties properties) {
		return new WatchOrder(orders, changes, properties.statusStream().resyncInterval());
	}

}
