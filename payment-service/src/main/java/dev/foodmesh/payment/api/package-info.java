/**
 * HTTP read side: payments by order and by id. Errors are problem+json, mapped by
 * web-support.
 */
@NullMarked
package dev.foodmesh.payment.api;

import org.jspecify.annotations.NullMarked;
