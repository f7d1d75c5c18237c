package io.offerline.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.offerline.core.common.ConflictException;
import io.offerline.core.common.ForbiddenException;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.NotFoundException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Turns domain failures into GraphQL errors: bad input names the input field
 * ({@code extensions.field}, e.g. {@code input.payout.defaultValue}) with code
 * {@code BAD_USER_INPUT}, one error for each refused field of the input; a stale {@code version} is {@code CONFLICT}; an operation the caller's role may not
 * perform is {@code FORBIDDEN}; anything unexpected is logged and shown without internals.
 */
final class ErrorHandler implements DataFetcherExceptionHandler {

    private static final Logger LOG = System.getLogger(ErrorHandler.class.getName());

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = unwrap(parameters.getException());
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().errors(errors(parameters, exception)).build());
    }

    private static List<GraphQLError> errors(DataFetcherExceptionHandlerParameters parameters, Throwable exception) {
        if (exception instanceof InvalidInputException invalid) {
            return invalid.violations().stream().map(violation -> badInput(parameters, violation.field(), violation.message())).toList();
        }
        return List.of(error(parameters, exception));
    }

    private static GraphQLError error(DataFetcherExceptionHandlerParameters parameters, Throwable exception) {
        if (exception instanceof NotFoundException notFound) {
            return badInput(parameters, notFound.field(), notFound.getMessage());
        }
        if (exception instanceof ForbiddenException forbidden) {
            return withCode(parameters, "FORBIDDEN", "", forbidden.getMessage());
        }
        if (exception instanceof LimitExceeded limit) {
            return withCode(parameters, limit.code(), "", limit.getMessage());
        }
        if (exception instanceof ConflictException conflict) {
            return withCode(parameters, "CONFLICT", "version", "version: " + conflict.getMessage());
        }
        return internal(parameters, exception);
    }

    private static GraphQLError badInput(DataFetcherExceptionHandlerParameters parameters, String field, String message) {
        String path = argumentPath(parameters, field);
        return withCode(parameters, "BAD_USER_INPUT", path, path.isEmpty() ? message : path + ": " + message);
    }

    private static GraphQLError withCode(DataFetcherExceptionHandlerParameters parameters, String code, String field, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (!field.isEmpty()) {
            extensions.put("field", field);
        }
        return GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                .message(message)
                .extensions(extensions)
                .build();
    }

    private static GraphQLError internal(DataFetcherExceptionHandlerParameters parameters, Throwable exception) {
        LOG.log(Level.ERROR, "field " + parameters.getPath() + " failed", exception);
        return GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                .message("Internal error: the request could not be completed. Try again; if it persists, report it.")
                .extensions(Map.of("code", "INTERNAL_SERVER_ERROR"))
                .build();
    }

    /**
     * Services name fields relative to the input object, which the client sent inside
     * {@code input}; a field that is itself an argument (such as {@code id}) keeps its name.
     */
    private static String argumentPath(DataFetcherExceptionHandlerParameters parameters, String field) {
        Map<String, Object> arguments = parameters.getArgumentValues();
        boolean hasInput = arguments.containsKey("input");
        if (field == null || field.isEmpty()) {
            return hasInput ? "input" : "";
        }
        String firstSegment = field.split("\\.")[0];
        return hasInput && !arguments.containsKey(firstSegment) ? "input." + field : field;
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
