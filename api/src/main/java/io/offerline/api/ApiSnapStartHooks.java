package io.offerline.api;

import graphql.ExecutionResult;
import graphql.GraphQL;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.offerline.core.common.RandomSource;
import io.offerline.dynamodb.StoragePriming;
import io.offerline.dynamodb.TableNames;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The API function's SnapStart hooks, through the CRaC API that Lambda runs them by. Before the
 * snapshot: the schema is built and one query runs through graphql-java,
 * and one storage call is made, so that a restored instance answers its first request warm.
 * After each restore: a new random seed (API keys and ids are drawn from it). Registered only
 * when Lambda initialises for SnapStart.
 */
@Context
public class ApiSnapStartHooks implements Resource {

    /** Lambda names how it initialises the function; only a SnapStart initialisation is snapshotted. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SNAP_START = "snap-start";
    static final String PRIMING_QUERY = "{ __schema { queryType { name } } }";

    private final BeanProvider<GraphQL> graphQL;
    private final BeanProvider<DynamoDbClient> client;
    private final BeanProvider<TableNames> tables;

    // Providers: nothing is built until a snapshot is taken, so the bean costs no start-up elsewhere.
    public ApiSnapStartHooks(BeanProvider<GraphQL> graphQL, BeanProvider<DynamoDbClient> client, BeanProvider<TableNames> tables) {
        this.graphQL = graphQL;
        this.client = client;
        this.tables = tables;
        if (SNAP_START.equals(System.getenv(INITIALIZATION_TYPE))) {
            Core.getGlobalContext().register(this);
        }
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    /** The query's result, which tests check. */
    ExecutionResult prime() {
        StoragePriming.prime(client.get(), tables.get());
        return graphQL.get().execute(PRIMING_QUERY);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        RandomSource.process().reseed();
    }
}
