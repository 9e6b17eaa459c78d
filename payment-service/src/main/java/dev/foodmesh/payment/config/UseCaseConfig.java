package dev.foodmesh.payment.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.payment.application.AuthorizePayment;
import dev.foodmesh.payment.application.CancelledOrders;
import dev.foodmesh.payment.application.PaymentGateway;
import dev.foodmesh.payment.application.PaymentMetrics;
import dev.foodmesh.payment.application.PaymentOutbox;
import dev.foodmesh.payment.application.Payments;
import dev.foodmesh.payment.application.PreparePayments;
import dev.foodmesh.payment.application.ReleasePayment;
import dev.foodmesh.payment.application.SettlePayment;
import dev.foodmesh.payment.application.Settlements;
import dev.foodmesh.payment.application.Transactions;

@Configuration(proxyBeanMethods = false)
class UseCaseConfig {

	@Bean
	AuthorizePayment authorizePayment(Payments payments, CancelledOrders cancelledOrders, Settlements settlements,
			Transactions transactions, Clock clock) {
		return new AuthorizePayment(payments, cancelledOrders, settlements, transactions, clock);
	}

	@Bean
	ReleasePayment releasePayment(Payments payments, CancelledOrders cancelledOrders, Settlements settlements,
			Transactions transactions, Clock clock) {
		return new ReleasePayment(payments, cancelledOrders, settlements, transactions, clock);
	}

	@Bean
	PreparePayments preparePayments(Payments payments, CancelledOrders cancelledOrders, Transactions transactions) {
		return new PreparePayments(payments, cancelledOrders, transactions);
	}

	@Bean
	SettlePayment settlePayment(Payments payments, CancelledOrders cancelledOrders, PreparePayments preparePayments,
			PaymentGateway gateway, PaymentOutbox outbox, PaymentMetrics metrics, Transactions transactions,
			Clock clock) {
		return new SettlePayment(payments, cancelledOrders, preparePayments, gateway, outbox, metrics, transactions,
				clock);
	}

}
