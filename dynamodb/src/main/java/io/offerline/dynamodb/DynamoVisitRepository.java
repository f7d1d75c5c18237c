package io.offerline.dynamodb;

import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** Raw visits in the events table, one item per click id. */
public final class DynamoVisitRepository implements VisitRepository {

    static final String TYPE = "VISIT";

    private final DocumentTables tables;
    private final Clock clock;

    public DynamoVisitRepository(DocumentTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public void record(Visit visit) {
        tables.events().putItem(Documents.createOnce(document(visit)));
    }

    @Override
    public Optional<Visit> find(String clickId) {
        // Strongly consistent: a postback may follow its click within milliseconds.
        EnhancedDocument document = tables.events().getItem(request -> request.key(Keys.visit(clickId)).consistentRead(true));
        return Optional.ofNullable(document)
                .filter(found -> !Documents.isExpired(found, clock.instant()))
                .map(DynamoVisitRepository::visit);
    }

    private static EnhancedDocument document(Visit visit) {
        EnhancedDocument.Builder builder = Documents.withKey(Keys.visit(visit.clickId()))
                .putString("type", TYPE)
                .putString("clickId", visit.clickId())
                .putString("accountId", visit.accountId())
                .putString("workspaceId", visit.workspaceId())
                .putString("campaignId", visit.campaignId())
                .putString("visitedAt", visit.visitedAt().toString())
                .putNumber(OfferlineTables.EXPIRES_AT, visit.expiresAt().getEpochSecond());
        if (visit.offerId() != null) {
            builder.putString(OfferlineTables.GSI1_PARTITION_KEY, Keys.eventsOfOffer(visit.offerId()))
                    .putString(OfferlineTables.GSI1_SORT_KEY, Keys.eventTime(visit.visitedAt(), visit.clickId()))
                    .putString("offerId", visit.offerId());
        }
        Documents.putOptional(builder, "pathName", visit.pathName());
        Documents.putOptional(builder, "ip", visit.ip());
        Documents.putOptional(builder, "userAgent", visit.userAgent());
        Documents.putOptional(builder, "referrer", visit.referrer());
        Documents.putOptional(builder, "language", visit.language());
        return builder.build();
    }

    private static Visit visit(EnhancedDocument document) {
        return new Visit(document.getString("clickId"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("campaignId"), document.getString("pathName"), document.getString("offerId"),
                document.getString("ip"), document.getString("userAgent"), document.getString("referrer"),
                document.getString("language"), Documents.instant(document, "visitedAt"),
                Documents.epochSeconds(document, OfferlineTables.EXPIRES_AT));
    }
}
