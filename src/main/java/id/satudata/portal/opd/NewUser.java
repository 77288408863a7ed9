package id.satudata.portal.opd;

import id.satudata.portal.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to create a back-office account; OPD staff are bound to exactly one OPD.
 */
public record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
        @NotBlank @Size(min = 2, max = 120) String fullName, @Nullable String email, @NotEmpty Set<Role> roles,
        @Nullable Long opdId) {
}
