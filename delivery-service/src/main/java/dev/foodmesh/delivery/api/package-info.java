/**
 * HTTP API: deliveries for couriers and the saga's observers, couriers for operators.
 * Errors via web-support.
 */
@NullMarked
package dev.foodmesh.delivery.api;

import org.jspecify.annotations.NullMarked;
