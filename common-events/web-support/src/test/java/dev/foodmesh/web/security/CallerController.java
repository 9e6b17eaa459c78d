package dev.foodmesh.web.security;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Echoes the {@link Caller}; its writes need a courier ({@link CourierRules}). */
@RestController
class CallerController {

	@GetMapping("/me")
	Mono<Map<String, Object>> me(Caller caller) {
		return Mono.just(Map.of("subject", caller.subject(), "roles", caller.roles()));
	}

	@PostMapping("/me/deliveries")
	Mono<String> deliver(Caller caller) {
		return Mono.just("delivered by " + caller.subject());
	}

}
