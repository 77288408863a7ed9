package id.satudata.portal.opd;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What is needed to register an OPD. */
public record NewOpd(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{1,31}") String code,
        @NotBlank @Size(min = 3, max = 200) String name, @NotBlank @Size(min = 2, max = 40) String shortName) {
}
