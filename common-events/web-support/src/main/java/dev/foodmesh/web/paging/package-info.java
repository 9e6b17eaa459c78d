/**
 * Page parameters ({@code page}, {@code size}) and the page of results every list
 * endpoint answers.
 */
@NullMarked
package dev.foodmesh.web.paging;

import org.jspecify.annotations.NullMarked;
