package dev.foodmesh.user.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code users}; the email is stored lower-case, so the unique constraint
 * ignores case.
 */
@Table("users")
record UserRow(@Id UUID id, String name, String email, UserStatus status, Instant createdAt) {

}
