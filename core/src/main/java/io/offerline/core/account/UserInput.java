package io.offerline.core.account;

import io.offerline.core.common.Names;
import io.offerline.core.common.Violations;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What an owner or admin sends to create or change a user; the values checked in the constructor. */
public record UserInput(String name, String email, Role role, Set<String> workspaceIds) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int MAX_EMAIL = 254;

    public UserInput {
        Violations violations = new Violations();
        name = violations.valid("name", name, Names::require);
        if (email == null || email.length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches()) {
            violations.add("email", "Email must look like name@example.com (at most " + MAX_EMAIL + " characters).");
        } else {
            email = email.strip().toLowerCase(Locale.ROOT);
        }
        if (role == null) {
            violations.add("role", "Role is required.");
        }
        violations.throwIfAny();
        workspaceIds = Set.copyOf(Objects.requireNonNullElse(workspaceIds, Set.of()));
    }
}
