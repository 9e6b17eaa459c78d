/**
 * User accounts, CRUD-style: validation is the only rule, so controller, service and
 * repository share one feature package (STYLE §2, "CRUD exception").
 */
@NullMarked
package dev.foodmesh.user.account;

import org.jspecify.annotations.NullMarked;
