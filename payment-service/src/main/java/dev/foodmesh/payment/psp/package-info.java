/**
 * The payment service provider adapter: the client
 * ({@link dev.foodmesh.payment.psp.SimulatedPaymentGateway}: timeout, retries with the
 * same idempotency key) and the simulated PSP itself
 * ({@link dev.foodmesh.payment.psp.SimulatedPsp}: decisions as a pure function of the
 * token, an idempotency-key ledger, counters, configurable latency and a drillable rate
 * of lost answers).
 */
@NullMarked
package dev.foodmesh.payment.psp;

import org.jspecify.annotations.NullMarked;
