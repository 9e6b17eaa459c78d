/**
 * Support for the API documentation every service serves on its management port
 * (springdoc's Swagger UI).
 */
@NullMarked
package dev.foodmesh.web.docs;

import org.jspecify.annotations.NullMarked;
