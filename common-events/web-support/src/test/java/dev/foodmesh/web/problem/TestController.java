package dev.foodmesh.web.problem;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;

/** A tiny API that can fail in every way the shared error handling must cover. */
@RestController
@RequestMapping("/widgets")
class TestController {

	static final UUID MISSING = UUID.fromString("00000000-0000-4000-8000-000000000000");

	enum Color {

		RED, GREEN

	}

	record Part(@NotBlank String name, @NotNull Integer weight) {
	}

	record CreateWidget(@NotBlank String name, @NotNull @Min(1) @Max(50) Integer quantity, @NotNull UUID ownerId,
			@Size(max = 3) List<@Valid Part> parts, Color color, List<String> tags, Map<String, Integer> stock) {
	}

	@PostMapping
	Mono<ResponseEntity<CreateWidget>> create(@Valid @RequestBody Mono<CreateWidget> widget) {
		return widget.map(body -> ResponseEntity.created(URI.create("/widgets/" + UUID.randomUUID())).body(body));
	}

	@GetMapping("/{id}")
	Mono<Map<String, UUID>> find(@PathVariable UUID id) {
		return MISSING.equals(id) ? Mono.error(() -> new NotFoundException("widget-not-found", "No widget " + id))
				: Mono.just(Map.of("id", id));
	}

	@GetMapping
	Mono<PageView<String>> list(PageQuery query) {
		return Mono.just(PageView.of(List.of("a", "b"), query, 42));
	}

	@GetMapping("/search")
	Mono<String> search(@RequestParam @Min(1) @Max(10) int limit, @RequestParam String term) {
		return Mono.just(term + limit);
	}

	@GetMapping("/closed")
	Mono<String> closed() {
		return Mono.error(() -> new UnprocessableException("restaurant-closed", "Restaurant is closed",
				Map.of("menuItemId", MISSING)));
	}

	@GetMapping("/busy")
	Mono<String> busy() {
		return Mono.error(() -> new ServiceUnavailableException("dependency-unavailable", "user-service timed out",
				Duration.ofMillis(2500)));
	}

	@GetMapping("/taken")
	Mono<String> taken() {
		return Mono.error(() -> new ConflictException("email-taken", "Email a@b.c is already registered"));
	}

	@GetMapping(path = "/strict", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, String>> strict() {
		return Mono.just(Map.of("produces", "JSON only"));
	}

	@GetMapping("/echo/{text}")
	Mono<String> echo(@PathVariable String text) {
		return Mono.just(text);
	}

	/**
	 * Fails as the database layer fails when Postgres is down, slow, or refuses a
	 * statement.
	 */
	@GetMapping("/outage/{kind}")
	Mono<String> outage(@PathVariable String kind) {
		return Mono.error(() -> DatabaseFailures.of(kind));
	}

	@GetMapping("/bug")
	Mono<String> bug() {
		return Mono.error(() -> new IllegalStateException("secret internal state"));
	}

	@GetMapping("/teapot")
	Mono<String> teapot() {
		return Mono.error(TeapotAdvice.TeapotException::new);
	}

}
