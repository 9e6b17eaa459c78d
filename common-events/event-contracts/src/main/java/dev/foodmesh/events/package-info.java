/**
 * Integration-event contracts shared by every FoodMesh service: one sealed interface per
 * topic, records only.
 * <p>
 * Evolution is additive: a new field is optional (readers ignore unknown fields and
 * tolerate missing ones); a breaking change is a new type version ({@code ...v2})
 * published beside the old one.
 */
@NullMarked
package dev.foodmesh.events;

import org.jspecify.annotations.NullMarked;
