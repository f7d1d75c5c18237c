package io.offerline.core.workspace;

/**
 * What a user sends to create or replace a workspace entity, before validation.
 *
 * @param <T> the entity it describes
 */
public interface EntityDraft<T> {

    /** The workspace the entity lives in; it never changes after creation. */
    String workspaceId();

    /**
     * The entity this draft describes, every value checked; a bad one is an
     * {@link io.offerline.core.common.InvalidInputException} naming its field relative to the input.
     *
     * @param current the stored entity on an update (for values a draft may keep), null on create
     */
    T toEntity(Stamp stamp, T current);
}
