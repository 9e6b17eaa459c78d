package dev.foodmesh.messaging.autoconfigure;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dev.foodmesh.messaging.kafka.KafkaClients;
import dev.foodmesh.messaging.kafka.RecordSender;
import dev.foodmesh.messaging.redrive.DeadLetterEndpoint;
import dev.foodmesh.messaging.redrive.DeadLetterRedrive;

/** The {@code dlt} actuator endpoint, when it is exposed. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnAvailableEndpoint(endpoint = DeadLetterEndpoint.class)
class RedriveConfiguration {

	@Bean
	DeadLetterEndpoint deadLetterEndpoint(KafkaClients clients, RecordSender sender, MessagingProperties properties,
			Environment environment) {
		return new DeadLetterEndpoint(new DeadLetterRedrive(clients, sender,
				MessagingAutoConfiguration.serviceName(properties, environment), properties.redrive().timeout()));
	}

}
