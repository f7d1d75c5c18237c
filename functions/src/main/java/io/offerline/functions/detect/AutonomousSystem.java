package io.offerline.functions.detect;

/**
 * The network an address belongs to: its autonomous system's number and the organisation that
 * runs it, as the ASN table names it.
 */
public record AutonomousSystem(long number, String organisation) {
}
