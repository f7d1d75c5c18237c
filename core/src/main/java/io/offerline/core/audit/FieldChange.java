package io.offerline.core.audit;

import java.util.Objects;

/** A field's value before and after a change; null stands for no value (a new or removed field). */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
