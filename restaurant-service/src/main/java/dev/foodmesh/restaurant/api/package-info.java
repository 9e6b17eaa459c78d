/**
 * HTTP: controllers, request and view records, and the mapping of use-case outcomes to
 * problems.
 */
@NullMarked
package dev.foodmesh.restaurant.api;

import org.jspecify.annotations.NullMarked;
