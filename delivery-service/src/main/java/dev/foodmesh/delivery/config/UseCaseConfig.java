package dev.foodmesh.delivery.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.delivery.application.AssignWaitingDeliveries;
import dev.foodmesh.delivery.application.CancelledOrders;
import dev.foodmesh.delivery.application.ConfirmRelease;
import dev.foodmesh.delivery.application.CourierDispatch;
import dev.foodmesh.delivery.application.Couriers;
import dev.foodmesh.delivery.application.Deliveries;
import dev.foodmesh.delivery.application.DeliveryMetrics;
import dev.foodmesh.delivery.application.DeliveryOutbox;
import dev.foodmesh.delivery.application.OnboardCourier;
import dev.foodmesh.delivery.application.MoveDelivery;
import dev.foodmesh.delivery.application.ReleaseAnswers;
import dev.foodmesh.delivery.application.ScheduleDelivery;
import dev.foodmesh.delivery.application.SchedulingHold;
import dev.foodmesh.delivery.application.SimulateCouriers;
import dev.foodmesh.delivery.application.Transactions;
import dev.foodmesh.delivery.application.TransitionRecorder;
import dev.foodmesh.delivery.domain.Dispatcher;
import dev.foodmesh.delivery.domain.EtaPolicy;

@Configuration(proxyBeanMethods = false)
class UseCaseConfig {

	@Bean
	TransitionRecorder transitionRecorder(Deliveries deliveries, Couriers couriers, DeliveryOutbox outbox,
			DeliveryMetrics metrics) {
		return new TransitionRecorder(deliveries, couriers, outbox, metrics);
	}

	@Bean
	CourierDispatch courierDispatch(Couriers couriers, TransitionRecorder recorder, DeliveryProperties properties) {
		EtaPolicy eta = new EtaPolicy(properties.eta().toRestaurant(), properties.eta().toCustomer());
		return new CourierDispatch(couriers, new Dispatcher(eta, properties.courierWait()), recorder);
	}

	@Bean
	ScheduleDelivery scheduleDelivery(Deliveries deliveries, CancelledOrders cancelledOrders, CourierDispatch dispatch,
			SchedulingHold hold, Transactions transactions, Clock clock) {
		return new ScheduleDelivery(deliveries, cancelledOrders, dispatch, hold, transactions, clock);
	}

	@Bean
	AssignWaitingDeliveries assignWaitingDeliveries(Deliveries deliveries, CourierDispatch dispatch,
			Transactions transactions, Clock clock, DeliveryProperties properties) {
		return new AssignWaitingDeliveries(deliveries, dispatch, transactions, clock, properties.batchSize());
	}

	@Bean
	OnboardCourier onboardCourier(Couriers couriers, Clock clock) {
		return new OnboardCourier(couriers, clock);
	}

	@Bean
	MoveDelivery moveDelivery(Deliveries deliveries, CancelledOrders cancelledOrders, TransitionRecorder recorder,
			Transactions transactions, Clock clock) {
		return new MoveDelivery(deliveries, cancelledOrders, recorder, transactions, clock);
	}

	@Bean
	ConfirmRelease confirmRelease(MoveDelivery moveDelivery, ReleaseAnswers answers, Transactions transactions,
			Clock clock) {
		return new ConfirmRelease(moveDelivery, answers, transactions, clock);
	}

	@Bean
	SimulateCouriers simulateCouriers(Deliveries deliveries, MoveDelivery moveDelivery, Transactions transactions,
			Clock clock, DeliveryProperties properties) {
		DeliveryProperties.Simulator simulator = properties.simulator();
		return new SimulateCouriers(deliveries, moveDelivery, transactions, clock,
				new SimulateCouriers.SimulatedCourier(simulator.pickupDelay(), simulator.deliveryDelay(),
						properties.batchSize()));
	}

}
