package io.offerline.api.audit;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Principal;
import io.offerline.core.audit.Actor;
import io.offerline.core.audit.AuditTrail;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The one place every mutation passes: each top-level Mutation field that succeeds is recorded
 * in the audit trail with the caller, the changed entity and its fields before and after. A
 * mutation added to the schema is audited without a line of its own.
 */
public final class AuditInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = System.getLogger(AuditInstrumentation.class.getName());

    private final AuditTrail audit;
    private final AuditedEntities entities;

    public AuditInstrumentation(AuditTrail audit, AuditedEntities entities) {
        this.audit = audit;
        this.entities = entities;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        DataFetchingEnvironment field = parameters.getEnvironment();
        if (field.getParentType() != field.getGraphQLSchema().getMutationType()) {
            return dataFetcher;
        }
        return environment -> audited(dataFetcher, environment);
    }

    private Object audited(DataFetcher<?> mutation, DataFetchingEnvironment environment) throws Exception {
        Principal principal = RequestScope.principal(environment);
        String type = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(environment.getFieldType())).getName();
        String id = targetId(environment);
        Map<String, String> before = entities.before(type, principal, id);
        Object result = mutation.get(environment);
        if (result instanceof CompletionStage<?> pending) {
            return pending.thenApply(done -> recorded(environment, principal, type, id, before, done));
        }
        return recorded(environment, principal, type, id, before, result);
    }

    /**
     * The change is made by the time it is recorded: a failed write is logged, not turned into
     * an error that would make the client retry a change that happened.
     */
    private Object recorded(DataFetchingEnvironment environment, Principal principal, String type, String id, Map<String, String> before,
            Object result) {
        Object entity = result instanceof DataFetcherResult<?> wrapped ? wrapped.getData() : result;
        try {
            Map<String, String> after = AuditedValues.of(entity);
            String entityId = entityId(after, id);
            // Same id: the entity changed. Another id (cloneOffer): a new entity, so nothing before.
            boolean changedInPlace = entityId != null && idField(before) != null && entityId.equals(before.get(idField(before)));
            audit.record(Actor.of(principal), principal.accountId(), environment.getField().getName(), type, entityId,
                    changedInPlace ? before : Map.of(), after);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "mutation " + environment.getField().getName() + " of " + type + " " + id + " was not audited", e);
        }
        return result;
    }

    /** The entity a mutation names before it runs: its {@code id}, or a conversion type's {@code input.key}. */
    private static String targetId(DataFetchingEnvironment environment) {
        if (environment.getArgument("id") != null) {
            return environment.getArgument("id");
        }
        Object input = environment.getArgument("input");
        return input instanceof Map<?, ?> fields && fields.get("key") instanceof String key ? key : null;
    }

    private static String entityId(Map<String, String> after, String targetId) {
        String field = idField(after);
        return field == null ? targetId : after.get(field);
    }

    private static String idField(Map<String, String> values) {
        if (values.containsKey("id")) {
            return "id";
        }
        return values.containsKey("key") ? "key" : null;
    }
}
