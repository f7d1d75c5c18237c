package io.offerline.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.ApiKeyRepository;
import io.offerline.core.account.UserRepository;
import io.offerline.core.audit.AuditLog;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.cap.CapCounters;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.ConversionTypeRepository;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.cost.CostUpdateRepository;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.stats.StatsCells;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import io.offerline.core.workspace.WorkspaceRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB beans every function shares: one client per process, the table names from
 * configuration ({@code OFFERLINE_TABLES_CONFIG}, {@code OFFERLINE_TABLES_EVENTS},
 * {@code OFFERLINE_TABLES_STATS}) and the repositories. {@code DYNAMODB_ENDPOINT} points the client at a local engine.
 */
@Factory
public class DynamoFactory {

    /**
     * Interceptor beans (a {@code CapacityMeter} of the testkit registered by a measurement) go on the client; production has none.
     * Each call is held to a {@link StorageBudget}: {@link StorageBudget#STANDARD} on AWS and {@link StorageBudget#LOCAL} on a
     * local engine, each value replaced by its {@code offerline.dynamodb.*} property when one is set. Secondary, so that a
     * benchmark can give a client of its own.
     */
    @Singleton
    @Secondary
    DynamoDbClient dynamoDbClient(@Value("${dynamodb.endpoint:}") String endpoint, List<ExecutionInterceptor> interceptors,
            Environment environment) {
        ExecutionInterceptor[] given = interceptors.toArray(ExecutionInterceptor[]::new);
        if (endpoint.isBlank()) {
            return DynamoClients.forAws(configured(environment, StorageBudget.STANDARD), given);
        }
        return DynamoClients.forEndpoint(endpoint, configured(environment, StorageBudget.LOCAL), given);
    }

    private static StorageBudget configured(Environment environment, StorageBudget defaults) {
        return defaults.with(
                environment.getProperty("offerline.dynamodb.attempt-timeout", Duration.class).orElse(null),
                environment.getProperty("offerline.dynamodb.call-timeout", Duration.class).orElse(null),
                environment.getProperty("offerline.dynamodb.max-attempts", Integer.class).orElse(null));
    }

    @Singleton
    DynamoDbEnhancedClient enhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    @Singleton
    TableNames tableNames(
            @Value("${offerline.tables.config:offerline-config}") String config,
            @Value("${offerline.tables.events:offerline-events}") String events,
            @Value("${offerline.tables.stats:offerline-stats}") String stats) {
        return new TableNames(config, events, stats);
    }

    @Singleton
    DocumentTables documentTables(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        return new DocumentTables(client, enhanced, names);
    }

    /** The wall clock; secondary, so that a context given a clock of its own (tests) uses that one. */
    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    AccountRepository accounts(DocumentTables tables) {
        return new DynamoAccountRepository(tables);
    }

    @Singleton
    ApiKeyRepository apiKeys(DocumentTables tables, DynamoDbClient client, TableNames names) {
        return new DynamoApiKeyRepository(tables, client, names);
    }

    @Singleton
    UserRepository users(DocumentTables tables) {
        return new DynamoUserRepository(tables);
    }

    @Singleton
    WorkspaceRepository workspaces(DocumentTables tables, DynamoDbEnhancedClient client) {
        return new DynamoWorkspaceRepository(tables, new BatchReader(client));
    }

    @Singleton
    OfferRepository offers(DocumentTables tables, DynamoDbEnhancedClient client) {
        return new DynamoOfferRepository(tables, new BatchReader(client));
    }

    @Singleton
    AffiliateNetworkRepository affiliateNetworks(DocumentTables tables, DynamoDbEnhancedClient client) {
        return new DynamoAffiliateNetworkRepository(tables, new BatchReader(client));
    }

    @Singleton
    LanderRepository landers(DocumentTables tables, DynamoDbEnhancedClient client) {
        return new DynamoLanderRepository(tables, new BatchReader(client));
    }

    @Singleton
    TrafficSourceRepository trafficSources(DocumentTables tables, DynamoDbEnhancedClient client) {
        return new DynamoTrafficSourceRepository(tables, new BatchReader(client));
    }

    @Singleton
    CampaignRepository campaigns(DocumentTables tables, DynamoDbEnhancedClient client) {
        return new DynamoCampaignRepository(tables, new BatchReader(client));
    }

    @Singleton
    CapCounters capCounters(DynamoDbClient client, TableNames names, DocumentTables tables, DynamoDbEnhancedClient enhancedClient) {
        return new DynamoCapCounters(client, names, tables, new BatchReader(enhancedClient));
    }

    @Singleton
    VisitRepository visits(DocumentTables tables, Clock clock) {
        return new DynamoVisitRepository(tables, clock);
    }

    @Singleton
    ConversionRepository conversions(DocumentTables tables, DynamoDbClient client, TableNames names) {
        return new DynamoConversionRepository(tables, client, names);
    }

    @Singleton
    ConversionTypeRepository conversionTypes(DocumentTables tables) {
        return new DynamoConversionTypeRepository(tables);
    }

    @Singleton
    PostbackLog postbackLog(DocumentTables tables, Clock clock) {
        return new DynamoPostbackLog(tables, clock);
    }

    @Singleton
    AuditLog auditLog(DocumentTables tables, Clock clock) {
        return new DynamoAuditLog(tables, clock);
    }

    @Singleton
    StatsWriteShards statsWriteShards(@Value("${offerline.stats.write-shards:}") String setting) {
        return StatsWriteShards.parse(setting);
    }

    @Singleton
    StatsCells statsCells(DynamoDbClient client, TableNames names, StatsWriteShards writeShards) {
        return new DynamoStatsCells(client, names, writeShards);
    }

    @Singleton
    CostUpdateRepository costUpdates(DynamoDbClient client, TableNames names) {
        return new DynamoCostUpdates(client, names);
    }

    @Singleton
    DynamoStatsAggregator statsAggregator(DynamoDbClient client, TableNames names, StatsWriteShards writeShards) {
        return new DynamoStatsAggregator(client, names, writeShards);
    }

    @Singleton
    ExchangeRates exchangeRates(DocumentTables tables) {
        return new DynamoExchangeRates(tables);
    }
}
