package dev.foodmesh.delivery.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.messaging.retention.RetainedTable;

/**
 * Cancellation marks are pruned by the messaging kit's retention pass once no late event
 * can still need them.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfig {

	@Bean
	RetainedTable cancelledOrdersRetention(DeliveryRetentionProperties properties) {
		return new RetainedTable("cancelled_orders", "cancelled_at", properties.cancelledOrders());
	}

}
