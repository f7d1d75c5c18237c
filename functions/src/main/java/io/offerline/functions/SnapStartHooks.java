package io.offerline.functions;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.offerline.core.common.RandomSource;
import io.offerline.core.tracking.VisitorDetection;
import io.offerline.core.tracking.VisitorSignals;
import io.offerline.dynamodb.StoragePriming;
import io.offerline.dynamodb.TableNames;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The tracking functions' SnapStart hooks, through the CRaC API that Lambda runs them by. Before
 * the snapshot: one storage call and one detection run, so that a restored instance answers its
 * first visitor warm. After each restore: a new random seed, so that instances restored from one
 * snapshot draw different click ids and rotations. The hooks are registered only when Lambda
 * initialises for SnapStart; elsewhere (tests, the local stack) neither runs.
 */
@Context
public class SnapStartHooks implements Resource {

    static final VisitorSignals SAMPLE_VISITOR = new VisitorSignals("198.51.100.23",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
            "de-DE,de;q=0.9", null, null, null, false);

    /** Lambda names how it initialises the function; only a SnapStart initialisation is snapshotted. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SNAP_START = "snap-start";

    private final BeanProvider<DynamoDbClient> client;
    private final BeanProvider<TableNames> tables;
    private final BeanProvider<VisitorDetection> detection;

    // Providers: nothing is built until a snapshot is taken, so the bean costs no start-up elsewhere.
    public SnapStartHooks(BeanProvider<DynamoDbClient> client, BeanProvider<TableNames> tables, BeanProvider<VisitorDetection> detection) {
        this.client = client;
        this.tables = tables;
        this.detection = detection;
        if (SNAP_START.equals(System.getenv(INITIALIZATION_TYPE))) {
            Core.getGlobalContext().register(this);
        }
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        StoragePriming.prime(client.get(), tables.get());
        detection.get().detect(SAMPLE_VISITOR);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        RandomSource.process().reseed();
    }
}
