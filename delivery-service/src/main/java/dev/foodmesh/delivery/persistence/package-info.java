/**
 * Postgres adapters over R2DBC: the write ports with their row locks, the read side, the
 * transaction boundary.
 */
@NullMarked
package dev.foodmesh.delivery.persistence;

import org.jspecify.annotations.NullMarked;
