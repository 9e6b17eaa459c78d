package dev.foodmesh.order.lookup;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import dev.foodmesh.order.application.Users;
import dev.foodmesh.order.domain.Customer;
import dev.foodmesh.order.domain.UserId;

/** {@link Users} over {@code GET /users/{id}} of user-service. */
public final class HttpUsers implements Users {

	static final String DEPENDENCY = "user-service";

	private final WebClient client;

	private final Duration timeout;

	/**
	 * @param client a client with the base URL, pooled connections and the connect and
	 * response timeouts
	 * @param timeout the longest the whole call may take
	 */
	public HttpUsers(WebClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	@Override
	public Mono<Customer> find(UserId id) {
		return this.client.get()
			.uri("/users/{id}", id.value())
			.exchangeToMono((response) -> customer(id, response))
			.timeout(this.timeout)
			.onErrorMap((error) -> LookupFailures.unavailable(DEPENDENCY, error))
			.checkpoint("GET user-service /users/{id}");
	}

	private static Mono<Customer> customer(UserId id, ClientResponse response) {
		if (response.statusCode().isSameCodeAs(HttpStatus.OK)) {
			return response.bodyToMono(UserResponse.class)
				.map((user) -> new Customer.Registered(id, UserResponse.ACTIVE.equals(user.status())));
		}
		if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return response.releaseBody().thenReturn(new Customer.Unknown(id));
		}
		return LookupFailures.unexpected(DEPENDENCY, response);
	}

	/** The part of user-service's answer order-service reads. */
	record UserResponse(String status) {

		static final String ACTIVE = "ACTIVE";

	}

}
