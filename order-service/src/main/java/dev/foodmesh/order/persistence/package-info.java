/**
 * Postgres adapters over R2DBC: the orders, the idempotency records, the transaction
 * boundary and the {@code LISTEN order_status} wake-ups of status watchers. SQL is
 * written out, so that locking ({@code FOR UPDATE [SKIP LOCKED]}) and notifications stay
 * visible.
 */
@NullMarked
package dev.foodmesh.order.persistence;

import org.jspecify.annotations.NullMarked;
