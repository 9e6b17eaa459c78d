package dev.foodmesh.user.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.core.R2dbcEntityOperations;

@Configuration(proxyBeanMethods = false)
class AccountConfig {

	@Bean
	UserAccounts userAccounts(UserRowRepository users, R2dbcEntityOperations database, Clock clock) {
		return new UserAccounts(users, database, clock);
	}

}
