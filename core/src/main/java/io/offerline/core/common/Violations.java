package io.offerline.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Collects every refused value of one input, so that one answer names them all and a form can
 * show them together. Checks go on after a refusal: a refused value becomes null (or a part the
 * caller builds from a placeholder), and {@link #throwIfAny} ends the input's checks.
 *
 * <p>A refusal of a field that has one already, or that holds a refused field, adds nothing: it is
 * the same fault seen again from a placeholder (a payout whose currency was refused is not also
 * missing).
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();
    /** What raised each found violation, null for one added here: a single refusal is thrown as it was raised. */
    private final List<RuntimeException> raisedBy = new ArrayList<>();

    /**
     * The value as {@code rule} checks and normalises it (e.g. {@code Names::require}), or null
     * when the rule refuses it.
     */
    public <V, R> R valid(String field, V value, BiFunction<String, V, R> rule) {
        return valid(() -> rule.apply(field, value));
    }

    /**
     * What {@code part} builds, or null when it refuses values (every one it names is kept) or
     * names a missing entity. When values are refused already, a part that cannot be built from
     * their placeholders adds nothing: their refusal is the answer.
     */
    public <R> R valid(Supplier<R> part) {
        try {
            return part.get();
        } catch (InvalidInputException invalid) {
            RuntimeException raised = invalid.violations().size() == 1 ? invalid : null;
            invalid.violations().forEach(violation -> add(violation.field(), violation.message(), raised));
        } catch (NotFoundException missing) {
            add(missing.field(), missing.getMessage(), missing);
        } catch (NullPointerException incomplete) {
            if (found.isEmpty()) {
                throw incomplete;
            }
        }
        return null;
    }

    /** Runs a check that refuses by throwing, keeping its refusals. */
    public void check(Runnable rule) {
        valid(() -> {
            rule.run();
            return null;
        });
    }

    /** Refuses {@code field} (relative to the input) with a sentence saying why. */
    public void add(String field, String message) {
        add(field, message, null);
    }

    private void add(String field, String message, RuntimeException raised) {
        String name = field == null ? "" : field;
        if (found.stream().noneMatch(violation -> violation.isWithin(name))) {
            found.add(new Violation(name, message));
            raisedBy.add(raised);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * Throws every refusal in one {@link InvalidInputException}; a single refusal is thrown as
     * it was raised (a missing entity stays a {@link NotFoundException}).
     */
    public void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        if (found.size() == 1 && raisedBy.get(0) != null) {
            throw raisedBy.get(0);
        }
        throw new InvalidInputException(found);
    }
}
