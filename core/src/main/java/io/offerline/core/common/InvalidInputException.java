package io.offerline.core.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Values supplied by a user are not acceptable. Each {@link Violation} names its input field
 * (dotted path, e.g. {@code payout.defaultValue}) so clients can point at it; {@link Violations}
 * collects every one of an input, so that one answer names them all.
 */
public final class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    /** @param violations at least one */
    public InvalidInputException(List<Violation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
    }

    /** The first refused field. */
    public String field() {
        return violations.get(0).field();
    }

    /** Every refused field, in the order they were checked. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        if (violations.size() == 1) {
            return violations.get(0).message();
        }
        return violations.stream().map(violation -> violation.field() + ": " + violation.message()).collect(Collectors.joining(" "));
    }
}
