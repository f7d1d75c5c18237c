package io.offerline.dynamodb;

import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderRepository;

/** Landers in the config table; an index lists them per workspace. */
public final class DynamoLanderRepository extends DynamoWorkspaceEntities<Lander> implements LanderRepository {

    public DynamoLanderRepository(DocumentTables tables, BatchReader batchReader) {
        super(tables, batchReader, EntityLayout.byName("lander", Keys::lander, Keys::landersOf, LanderMapper::document, LanderMapper::lander));
    }
}
