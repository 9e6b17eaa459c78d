/**
 * Who may call a FoodMesh service (docs/security.md): every API request carries an RS256
 * JWT that the service verifies itself; the shared rules, the refusals (problem+json
 * 401/403) and the {@link dev.foodmesh.web.security.Caller} live here once, each service
 * adds its {@link dev.foodmesh.web.security.AccessRules}.
 */
@NullMarked
package dev.foodmesh.web.security;

import org.jspecify.annotations.NullMarked;
