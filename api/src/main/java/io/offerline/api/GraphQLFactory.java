package io.offerline.api;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.offerline.api.fetch.CampaignFetcher;
import io.offerline.api.fetch.CreateCampaignFetcher;
import io.offerline.api.fetch.CreateOfferFetcher;
import io.offerline.api.fetch.CreateWorkspaceFetcher;
import io.offerline.api.fetch.OfferFetcher;
import io.offerline.api.fetch.OfferStatsFetcher;
import io.offerline.api.fetch.TokensFetcher;
import io.offerline.api.fetch.TrackingUrlFetcher;
import io.offerline.api.fetch.ViewerFetcher;
import io.offerline.api.fetch.WeightedOfferFetcher;
import io.offerline.api.fetch.WorkspaceOfFetcher;
import io.offerline.api.fetch.WorkspacesFetcher;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.offer.OfferService;
import io.offerline.core.stats.OfferStatsRepository;
import io.offerline.core.workspace.WorkspaceService;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds the one {@link GraphQL} instance of a process: the schema from {@code schema.graphqls},
 * scalars, fetchers, limits and the document cache.
 */
public final class GraphQLFactory {

    /** Deepest selection accepted; the schema's real paths are far shallower. */
    public static final int MAX_DEPTH = 12;
    /** Most fields one request may select. */
    public static final int MAX_COMPLEXITY = 500;

    private final WorkspaceService workspaces;
    private final OfferService offers;
    private final CampaignService campaigns;
    private final AccountRepository accounts;
    private final OfferStatsRepository stats;

    public GraphQLFactory(WorkspaceService workspaces, OfferService offers, CampaignService campaigns,
            AccountRepository accounts, OfferStatsRepository stats) {
        this.workspaces = workspaces;
        this.offers = offers;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.stats = stats;
    }

    public GraphQL create() {
        return GraphQL.newGraphQL(schema())
                .instrumentation(new ChainedInstrumentation(
                        new MaxQueryDepthInstrumentation(MAX_DEPTH),
                        new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY)))
                .preparsedDocumentProvider(new DocumentCache())
                .defaultDataFetcherExceptionHandler(new ErrorHandler())
                .build();
    }

    GraphQLSchema schema() {
        return new SchemaGenerator().makeExecutableSchema(typeDefinitions(), wiring());
    }

    private RuntimeWiring wiring() {
        WorkspaceOfFetcher workspaceOf = new WorkspaceOfFetcher();
        return RuntimeWiring.newRuntimeWiring()
                .scalar(DateTimeScalar.INSTANCE)
                .scalar(ExtendedScalars.GraphQLBigDecimal)
                .scalar(ExtendedScalars.Currency)
                .scalar(ExtendedScalars.GraphQLLong)
                .type("Query", type -> type
                        .dataFetcher("viewer", new ViewerFetcher(accounts))
                        .dataFetcher("workspaces", new WorkspacesFetcher(workspaces))
                        .dataFetcher("offer", new OfferFetcher(offers))
                        .dataFetcher("campaign", new CampaignFetcher(campaigns))
                        .dataFetcher("tokens", new TokensFetcher()))
                .type("Mutation", type -> type
                        .dataFetcher("createWorkspace", new CreateWorkspaceFetcher(workspaces))
                        .dataFetcher("createOffer", new CreateOfferFetcher(offers))
                        .dataFetcher("createCampaign", new CreateCampaignFetcher(campaigns)))
                .type("Offer", type -> type
                        .dataFetcher("workspace", workspaceOf)
                        .dataFetcher("stats", new OfferStatsFetcher(stats)))
                .type("Campaign", type -> type
                        .dataFetcher("workspace", workspaceOf)
                        .dataFetcher("trackingUrl", new TrackingUrlFetcher()))
                .type("WeightedOffer", type -> type.dataFetcher("offer", new WeightedOfferFetcher()))
                .build();
    }

    private static TypeDefinitionRegistry typeDefinitions() {
        try (InputStream schema = GraphQLFactory.class.getResourceAsStream("/schema.graphqls")) {
            return new SchemaParser().parse(new InputStreamReader(schema, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("schema.graphqls is packed into the api jar", e);
        }
    }
}
