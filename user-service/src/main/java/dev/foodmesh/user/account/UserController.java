package dev.foodmesh.user.account;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import reactor.core.publisher.Mono;

import dev.foodmesh.web.problem.ForbiddenException;
import dev.foodmesh.web.problem.NotFoundException;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;
import dev.foodmesh.web.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/users")
class UserController {

	private final UserAccounts accounts;

	UserController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	Mono<PageView<UserView>> list(@ParameterObject PageQuery query) {
		return accounts.list(query).map(page -> page.map(UserView::of));
	}

	/** A customer reads only their own record; an operator any. */
	@GetMapping("/{id}")
	Mono<UserView> find(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
		if (!caller.mayRead(id.toString())) {
			return Mono.error(() -> new ForbiddenException("A customer reads only their own user record"));
		}
		return accounts.find(id).map(UserView::of).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	@PostMapping
	Mono<ResponseEntity<UserView>> register(@Valid @RequestBody CreateUserRequest request) {
		return accounts.register(request)
			.map(UserView::of)
			.map(user -> ResponseEntity.created(URI.create("/users/" + user.id())).body(user));
	}

	@PatchMapping("/{id}")
	Mono<UserView> update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest request) {
		return accounts.update(id, request).map(UserView::of).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("user-not-found", "No user with id " + id);
	}

}
