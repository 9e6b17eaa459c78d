/**
 * The payment service provider adapter: a simulator whose decisions are a pure function of the token, with
 * configurable latency and a drillable transient failure rate.
 */
@NullMarked
package dev.foodmesh.payment.psp;

import org.jspecify.annotations.NullMarked;
