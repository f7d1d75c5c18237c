package io.offerline.api;

import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.offerline.api.audit.AuditInstrumentation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Builds the one {@link GraphQL} instance of a process: the schema from {@code schema.graphqls},
 * scalars, fetchers, limits, the audit of every mutation and the document cache.
 */
public final class GraphQLFactory {

    /** Deepest selection accepted; the schema's real paths are far shallower. */
    public static final int MAX_DEPTH = 12;
    /** The budget of one request, in {@link QueryCost}'s weights. */
    public static final int MAX_COMPLEXITY = 10_000;

    private final List<SchemaWiring> wirings;
    private final AuditInstrumentation audit;

    /** For the schema alone, such as a test that reads it; {@link #create()} needs the audit. */
    public GraphQLFactory(List<SchemaWiring> wirings) {
        this(wirings, null);
    }

    public GraphQLFactory(List<SchemaWiring> wirings, AuditInstrumentation audit) {
        this.wirings = List.copyOf(wirings);
        this.audit = audit;
    }

    public GraphQL create() {
        Objects.requireNonNull(audit, "a GraphQL instance that executes records every mutation in the audit trail");
        return GraphQL.newGraphQL(schema())
                .instrumentation(new ChainedInstrumentation(
                        new MaxQueryDepthInstrumentation(MAX_DEPTH),
                        new QueryBudget(MAX_COMPLEXITY),
                        // Elapsed time, not the tracker's date: the system clock.
                        new ExecutionDeadline(Clock.systemUTC()),
                        audit))
                .preparsedDocumentProvider(new DocumentCache())
                .defaultDataFetcherExceptionHandler(new ErrorHandler())
                .build();
    }

    public GraphQLSchema schema() {
        return new SchemaGenerator().makeExecutableSchema(typeDefinitions(), wiring());
    }

    private RuntimeWiring wiring() {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(DateTimeScalar.INSTANCE)
                .scalar(ExtendedScalars.GraphQLBigDecimal)
                .scalar(ExtendedScalars.Currency)
                .scalar(ExtendedScalars.GraphQLLong)
                .scalar(ExtendedScalars.Date);
        wirings.forEach(area -> area.wire(wiring));
        return wiring.build();
    }

    private static TypeDefinitionRegistry typeDefinitions() {
        try (InputStream schema = GraphQLFactory.class.getResourceAsStream("/schema.graphqls")) {
            return new SchemaParser().parse(new InputStreamReader(schema, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("schema.graphqls is packed into the api jar", e);
        }
    }
}
