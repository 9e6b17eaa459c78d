package dev.foodmesh.order.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.messaging.retention.RetainedTable;

/**
 * Idempotency keys are pruned by the messaging kit's retention pass once a client can no
 * longer replay them.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfig {

	@Bean
	RetainedTable idempotencyKeysRetention(OrderRetentionProperties properties) {
		return new RetainedTable("idempotency_keys", "created_at", properties.idempotencyKeys());
	}

}
