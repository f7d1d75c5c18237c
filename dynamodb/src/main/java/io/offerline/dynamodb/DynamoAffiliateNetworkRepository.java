package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.network.NetworkFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Affiliate networks in the config table; an index lists them per workspace. */
public final class DynamoAffiliateNetworkRepository implements AffiliateNetworkRepository {

    private final DocumentTables tables;
    private final BatchReader batchReader;

    public DynamoAffiliateNetworkRepository(DocumentTables tables, BatchReader batchReader) {
        this.tables = tables;
        this.batchReader = batchReader;
    }

    @Override
    public void create(AffiliateNetwork network) {
        tables.config().putItem(Documents.createOnce(AffiliateNetworkMapper.document(network)));
    }

    @Override
    public Optional<AffiliateNetwork> find(String networkId) {
        return Optional.ofNullable(tables.config().getItem(Keys.network(networkId))).map(AffiliateNetworkMapper::network);
    }

    @Override
    public List<AffiliateNetwork> findAll(Collection<String> networkIds) {
        return batchReader.read(tables.config(), networkIds.stream().map(Keys::network).toList()).stream()
                .map(AffiliateNetworkMapper::network)
                .toList();
    }

    @Override
    public void replace(AffiliateNetwork network, long expectedVersion) {
        try {
            tables.config().putItem(Documents.replaceIfVersion(AffiliateNetworkMapper.document(network), expectedVersion));
        } catch (ConditionalCheckFailedException e) {
            throw Documents.conflict("affiliate network", network.id(), expectedVersion);
        }
    }

    @Override
    public Page<AffiliateNetwork> list(String workspaceId, NetworkFilter filter, PageRequest page) {
        return IndexPages.list(tables.config(), Keys.networksOf(workspaceId), filterExpression(filter), page)
                .map(AffiliateNetworkMapper::network);
    }

    /** The filter as a FilterExpression on the index query, or null when it lets everything through. */
    private static Expression filterExpression(NetworkFilter filter) {
        List<String> conditions = new ArrayList<>();
        Expression.Builder expression = Expression.builder();
        if (filter.archived() != null) {
            conditions.add("#archived = :archived");
            expression.putExpressionName("#archived", AffiliateNetworkMapper.ARCHIVED)
                    .putExpressionValue(":archived", AttributeValue.fromBool(filter.archived()));
        }
        if (filter.search() != null) {
            conditions.add("contains(#nameLower, :search)");
            expression.putExpressionName("#nameLower", AffiliateNetworkMapper.NAME_LOWER)
                    .putExpressionValue(":search", AttributeValue.fromS(filter.search()));
        }
        return conditions.isEmpty() ? null : expression.expression(String.join(" AND ", conditions)).build();
    }
}
