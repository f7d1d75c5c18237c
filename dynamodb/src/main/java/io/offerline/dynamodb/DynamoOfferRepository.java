package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferFilter;
import io.offerline.core.offer.OfferRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Offers in the config table; an index lists them per workspace. */
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

    @Override
    public void replace(Offer offer, long expectedVersion) {
        try {
            tables.config().putItem(Documents.replaceIfVersion(OfferMapper.document(offer), expectedVersion));
        } catch (ConditionalCheckFailedException stale) {
            throw Documents.conflict("offer", offer.id(), expectedVersion);
        }
    }

    @Override
    public Page<Offer> list(String workspaceId, OfferFilter filter, PageRequest page) {
        return IndexPages.list(tables.config(), Keys.offersOf(workspaceId), expression(filter), page).map(OfferMapper::offer);
    }

    private static Expression expression(OfferFilter filter) {
        List<String> conditions = new ArrayList<>();
        Expression.Builder expression = Expression.builder().putExpressionName("#archived", "archived");
        conditions.add("#archived = :archived");
        expression.putExpressionValue(":archived", AttributeValue.fromBool(Boolean.TRUE.equals(filter.archived())));
        if (filter.search() != null && !filter.search().isBlank()) {
            conditions.add("contains(#searchText, :search)");
            expression.putExpressionName("#searchText", "searchText")
                    .putExpressionValue(":search", AttributeValue.fromS(filter.search().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.tag() != null) {
            conditions.add("contains(#tags, :tag)");
            expression.putExpressionName("#tags", "tags").putExpressionValue(":tag", AttributeValue.fromS(filter.tag().strip()));
        }
        if (filter.affiliateNetworkId() != null) {
            conditions.add("#network = :network");
            expression.putExpressionName("#network", "affiliateNetworkId")
                    .putExpressionValue(":network", AttributeValue.fromS(filter.affiliateNetworkId()));
        }
        return expression.expression(String.join(" AND ", conditions)).build();
    }
}
