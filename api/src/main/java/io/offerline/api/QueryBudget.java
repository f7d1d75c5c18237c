package io.offerline.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * Refuses, before any field runs, a request whose {@link QueryCost} is over the budget, with
 * {@code QUERY_TOO_COMPLEX} and both figures in the message.
 */
final class QueryBudget extends MaxQueryComplexityInstrumentation {

    private final int budget;

    QueryBudget(int budget) {
        super(budget, new QueryCost());
        this.budget = budget;
    }

    @Override
    protected AbortExecutionException mkAbortException(int cost, int maxComplexity) {
        return new LimitExceeded("QUERY_TOO_COMPLEX", "The request weighs " + cost + " against a budget of " + budget
                + " per request; lists weigh their page size (first) times their selection, and reports, stats, uploads "
                + "and the postback log more (docs/api.md, Limits). Ask for less, or split it into several requests.");
    }
}
