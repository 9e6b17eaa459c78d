/** Bean-validation constraints shared by the services' request bodies. */
@NullMarked
package dev.foodmesh.web.validation;

import org.jspecify.annotations.NullMarked;
