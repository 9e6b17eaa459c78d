/**
 * The public HTTP API: requests validated for shape, answers as views, errors as the
 * shared problem+json exceptions of {@code dev.foodmesh.web}.
 */
@NullMarked
package dev.foodmesh.order.api;

import org.jspecify.annotations.NullMarked;
