package io.offerline.core.campaign;

/** Whether the visitor's value must be among the rule's values, or must not. */
public enum RuleOperator {
    IN, NOT_IN
}
