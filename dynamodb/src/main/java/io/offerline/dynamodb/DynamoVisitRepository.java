package io.offerline.dynamodb;

import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Raw visits and clicks in the events table, all under the visit's click id. */
public final class DynamoVisitRepository implements VisitRepository {

    static final String CLICK_TYPE = "CLICK";

    private final DocumentTables tables;
    private final Clock clock;

    public DynamoVisitRepository(DocumentTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /**
     * The write is conditional on the item being new. Click ids are 128 random bits, so a failed
     * condition means this very visit is stored: an earlier attempt was applied and its answer
     * lost, and the SDK's retry found it. That is success, not a visit to log as unstored.
     */
    @Override
    public void record(Visit visit) {
        try {
            tables.client().putItem(Documents.createOnce(tables.names().events(), VisitMapper.item(visit)));
        } catch (ConditionalCheckFailedException storedByALostAttempt) {
            // stored
        }
    }

    @Override
    public Optional<Visit> find(String clickId) {
        // Strongly consistent: a click or postback may follow its visit within milliseconds.
        EnhancedDocument document = tables.events().getItem(request -> request.key(Keys.visit(clickId)).consistentRead(true));
        return Optional.ofNullable(document)
                .filter(found -> !Documents.isExpired(found, clock.instant()))
                .map(VisitMapper::visit);
    }

    @Override
    public boolean recordClick(Click click) {
        EnhancedDocument.Builder item = Documents.withKey(Keys.click(click.clickId(), click.offerId()))
                .putString("type", CLICK_TYPE)
                .putString("clickId", click.clickId())
                .putString("offerId", click.offerId())
                .putString("clickedAt", click.clickedAt().toString())
                .putNumber(OfferlineTables.EXPIRES_AT, click.expiresAt().getEpochSecond());
        Documents.putOptional(item, "networkId", click.networkId());
        Documents.putOptional(item, "keyword", click.keyword());
        try {
            tables.events().putItem(Documents.createOnce(item.build()));
            return true;
        } catch (ConditionalCheckFailedException alreadyClicked) {
            return false;
        }
    }

    @Override
    public Optional<ClickTrail> trail(String clickId) {
        QueryConditional partition = QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.visit(clickId).partitionKeyValue()).build());
        Instant now = clock.instant();
        Visit visit = null;
        List<Click> clicks = new ArrayList<>();
        for (EnhancedDocument item : tables.events().query(request -> request.queryConditional(partition).consistentRead(true)).items()) {
            if (Documents.isExpired(item, now)) {
                continue;
            }
            if (VisitMapper.TYPE.equals(item.getString("type"))) {
                visit = VisitMapper.visit(item);
            } else if (CLICK_TYPE.equals(item.getString("type"))) {
                clicks.add(new Click(clickId, item.getString("offerId"), item.getString("networkId"), Documents.instant(item, "clickedAt"),
                        Documents.epochSeconds(item, OfferlineTables.EXPIRES_AT), item.getString("keyword")));
            }
        }
        return visit == null ? Optional.empty() : Optional.of(new ClickTrail(visit, clicks));
    }
}
