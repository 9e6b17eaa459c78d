/**
 * RFC 9457 problem details for every FoodMesh service: the exceptions a service throws
 * for a refusal, and the mapping of every error (bad input of any kind, a database
 * outage, the unexpected) to a problem+json answer.
 */
@NullMarked
package dev.foodmesh.web.problem;

import org.jspecify.annotations.NullMarked;
