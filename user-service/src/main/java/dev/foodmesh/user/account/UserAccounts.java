package dev.foodmesh.user.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import dev.foodmesh.web.problem.ConflictException;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityOperations;

/**
 * Registers, finds, lists and updates users. An unknown id gives an empty {@code Mono}.
 */
final class UserAccounts {

	private static final Sort OLDEST_FIRST = Sort.by("createdAt", "id");

	private static final String BY_ID = "SELECT id, name, email, status, created_at FROM users WHERE id = :id";

	private final UserRowRepository users;

	private final R2dbcEntityOperations database;

	private final Clock clock;

	UserAccounts(UserRowRepository users, R2dbcEntityOperations database, Clock clock) {
		this.users = users;
		this.database = database;
		this.clock = clock;
	}

	/**
	 * A new ACTIVE user; the email is unique regardless of case, else 409
	 * {@code email-taken}.
	 */
	Mono<UserRow> register(CreateUserRequest request) {
		return Mono.defer(() -> database.insert(newUser(request)))
			.onErrorMap(DuplicateKeyException.class, duplicate -> emailTaken(request.email()));
	}

	/**
	 * The lookup every order makes: one statement mapped by hand, without the
	 * repository's per-call mapping machinery (docs/performance.md).
	 */
	Mono<UserRow> find(UUID id) {
		return database.getDatabaseClient().sql(BY_ID).bind("id", id).map(UserAccounts::row).one();
	}

	Mono<PageView<UserRow>> list(PageQuery query) {
		return users.findAllBy(PageRequest.of(query.page(), query.size(), OLDEST_FIRST))
			.collectList()
			.zipWith(users.count(), (items, total) -> PageView.of(items, query, total));
	}

	Mono<UserRow> update(UUID id, UpdateUserRequest request) {
		String name = request.name() == null ? null : request.name().strip();
		return users.updateStatusAndName(id, request.status().name(), name)
			.filter(updated -> updated > 0)
			.flatMap(updated -> find(id));
	}

	private UserRow newUser(CreateUserRequest request) {
		// Postgres keeps microseconds: truncating here makes the POST answer equal to
		// later GETs
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		return new UserRow(UUID.randomUUID(), request.name().strip(), normalised(request.email()), UserStatus.ACTIVE,
				now);
	}

	private static UserRow row(Readable row) {
		return new UserRow(row.get("id", UUID.class), row.get("name", String.class), row.get("email", String.class),
				UserStatus.valueOf(row.get("status", String.class)), row.get("created_at", Instant.class));
	}

	private static String normalised(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static ConflictException emailTaken(String email) {
		return new ConflictException("email-taken", "A user with email " + normalised(email) + " already exists");
	}

}
