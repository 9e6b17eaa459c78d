/**
 * Shared WebFlux error handling (RFC 9457 problem details) and paging helpers, auto-configured for every
 * FoodMesh service.
 */
@NullMarked
package dev.foodmesh.web;

import org.jspecify.annotations.NullMarked;
