package io.offerline.api.audit;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.SchemaWiring;
import io.offerline.core.audit.AuditTrail;

/** The fetcher of the audit log; the entries themselves are written by {@link AuditInstrumentation}. */
public final class AuditWiring implements SchemaWiring {

    private final AuditTrail audit;

    public AuditWiring(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("auditLog", new AuditLogFetcher(audit)));
    }
}
