/**
 * JSON log lines for every FoodMesh service, on Spring Boot's structured logging (no
 * Logback file in the services).
 */
@NullMarked
package dev.foodmesh.web.logging;

import org.jspecify.annotations.NullMarked;
