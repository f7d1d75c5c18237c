package io.offerline.dynamodb;

import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Offers in the config table. */
public final class DynamoOfferRepository implements OfferRepository {

    private final DocumentTables tables;
    private final BatchReader batchReader;

    public DynamoOfferRepository(DocumentTables tables, BatchReader batchReader) {
        this.tables = tables;
        this.batchReader = batchReader;
    }

    @Override
    public void create(Offer offer) {
        tables.config().putItem(Documents.createOnce(OfferMapper.document(offer)));
    }

    @Override
    public Optional<Offer> find(String offerId) {
        return Optional.ofNullable(tables.config().getItem(Keys.offer(offerId))).map(OfferMapper::offer);
    }

    @Override
    public List<Offer> findAll(Collection<String> offerIds) {
        return batchReader.read(tables.config(), offerIds.stream().map(Keys::offer).toList()).stream()
                .map(OfferMapper::offer)
                .toList();
    }
}
