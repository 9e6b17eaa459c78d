package dev.foodmesh.user.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /users}. */
record CreateUserRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Email @Size(max = 254) String email) {

}
