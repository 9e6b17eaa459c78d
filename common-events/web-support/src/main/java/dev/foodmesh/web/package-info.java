/**
 * What every FoodMesh web service shares, auto-configured, one package per concern:
 * {@code problem} (RFC 9457 problem details), {@code paging}, {@code validation},
 * {@code security} (the token resource server), {@code database} (statement and lock
 * timeouts), {@code docs} (Swagger UI) and {@code logging} (JSON lines).
 */
@NullMarked
package dev.foodmesh.web;

import org.jspecify.annotations.NullMarked;
