package io.offerline.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Parses and validates each distinct query text once per warm function. */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_DOCUMENTS = 500;

    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = documents.get(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            documents.clear(); // clients send a handful of distinct documents; a flood only costs re-parsing
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        documents.put(input.getQuery(), entry);
        return CompletableFuture.completedFuture(entry);
    }
}
