/**
 * R2DBC adapters: payments and cancellations in Postgres, and the transaction boundary.
 */
@NullMarked
package dev.foodmesh.payment.persistence;

import org.jspecify.annotations.NullMarked;
