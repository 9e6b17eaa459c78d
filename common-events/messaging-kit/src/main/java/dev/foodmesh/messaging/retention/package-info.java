/**
 * Retention: the kit's tables (published outbox rows, {@code processed_events}) and any
 * table a service declares as a {@link dev.foodmesh.messaging.retention.RetainedTable}
 * are pruned by a periodic, batched pass.
 */
@NullMarked
package dev.foodmesh.messaging.retention;

import org.jspecify.annotations.NullMarked;
