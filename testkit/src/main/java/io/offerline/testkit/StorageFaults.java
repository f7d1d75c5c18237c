package io.offerline.testkit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Injects storage faults into a DynamoDB client, on the SDK's own path, because moto answers
 * every call at once and never throttles. Each rule names an operation ({@code "PutItem"},
 * {@code "UpdateItem"}, {@code "TransactWriteItems"}, …), optionally a condition on the request,
 * and how often it strikes; it acts on each attempt, so the SDK's retries meet it too:
 * <ul>
 *   <li>{@link Rule#throttle} fails the attempt before it is sent: nothing reaches the engine;</li>
 *   <li>{@link Rule#hang} holds the attempt before it is sent, as a storage call that does not
 *       answer; the SDK's attempt timeout interrupts it;</li>
 *   <li>{@link Rule#failAfterCommit} lets the engine apply the request and then answers a 500,
 *       as a response lost on the way back: the write happened, the caller does not know;</li>
 *   <li>{@link Rule#transactionConflict} cancels a {@code TransactWriteItems} attempt unsent, as
 *       DynamoDB does when another transaction is writing one of its items at the same time.</li>
 * </ul>
 * Register it as an {@link ExecutionInterceptor} bean (or pass it to the client factory).
 */
public final class StorageFaults implements ExecutionInterceptor {

    private static final String LOST_RESPONSE = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
            + "\"message\":\"injected: the response was lost after the write\"}";

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger struck = new AtomicInteger();

    /** A rule for {@code operation}; it does nothing until given a fault. */
    public Rule on(String operation) {
        return new Rule(operation, request -> true);
    }

    /** A rule for {@code operation} on requests that {@code when} accepts (for example one table). */
    public Rule on(String operation, Predicate<SdkRequest> when) {
        return new Rule(operation, when);
    }

    /** Removes every rule and forgets the counted attempts and strikes. */
    public void clear() {
        rules.clear();
        attempts.clear();
        struck.set(0);
    }

    /** How many attempts a rule struck since the last {@link #clear}. */
    public int struck() {
        return struck.get();
    }

    /** How many attempts of {@code operation} the client made since the last {@link #clear}. */
    public int attempts(String operation) {
        AtomicInteger count = attempts.get(operation);
        return count == null ? 0 : count.get();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        attempts.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
        for (Rule rule : rules) {
            if (rule.kind != Kind.FAIL_AFTER_COMMIT && rule.strikes(operation, context.request())) {
                rule.act(context.request());
            }
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        return lostResponse(context, attributes)
                ? context.httpResponse().toBuilder().statusCode(500).statusText("Internal Server Error").build()
                : context.httpResponse();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        return context.httpResponse().statusCode() == 500 && attributes.getAttribute(LostResponse.KEY) != null
                ? Optional.of(new ByteArrayInputStream(LOST_RESPONSE.getBytes(StandardCharsets.UTF_8)))
                : context.responseBody();
    }

    private boolean lostResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        for (Rule rule : rules) {
            if (rule.kind == Kind.FAIL_AFTER_COMMIT && context.httpResponse().isSuccessful()
                    && rule.strikes(operation, context.request())) {
                attributes.putAttribute(LostResponse.KEY, Boolean.TRUE);
                return true;
            }
        }
        attributes.putAttribute(LostResponse.KEY, null);
        return false;
    }

    private enum Kind { THROTTLE, HANG, FAIL_AFTER_COMMIT, TRANSACTION_CONFLICT }

    /** Marks an attempt whose response this interceptor replaced, so that its body is replaced too. */
    private static final class LostResponse {
        static final ExecutionAttribute<Boolean> KEY = new ExecutionAttribute<>("offerline.injectedLostResponse");
    }

    /** One fault: what it matches, what it does and how many more times (negative: always). */
    public final class Rule {
        private final String operation;
        private final Predicate<SdkRequest> when;
        private Kind kind;
        private Duration hang = Duration.ZERO;
        private final AtomicInteger remaining = new AtomicInteger();

        private Rule(String operation, Predicate<SdkRequest> when) {
            this.operation = operation;
            this.when = when;
        }

        /** The next {@code times} attempts fail with a throttling error, unsent; negative: every attempt. */
        public StorageFaults throttle(int times) {
            return arm(Kind.THROTTLE, times, Duration.ZERO);
        }

        /** The next {@code times} attempts are held for {@code duration} before they are sent; negative: every attempt. */
        public StorageFaults hang(Duration duration, int times) {
            return arm(Kind.HANG, times, duration);
        }

        /** The next {@code times} attempts are applied by the engine and then answered with a 500; negative: every attempt. */
        public StorageFaults failAfterCommit(int times) {
            return arm(Kind.FAIL_AFTER_COMMIT, times, Duration.ZERO);
        }

        /**
         * The next {@code times} {@code TransactWriteItems} attempts are cancelled unsent with the
         * reason {@code TransactionConflict} on their first item; negative: every attempt.
         */
        public StorageFaults transactionConflict(int times) {
            return arm(Kind.TRANSACTION_CONFLICT, times, Duration.ZERO);
        }

        private StorageFaults arm(Kind fault, int times, Duration duration) {
            kind = fault;
            hang = duration;
            remaining.set(times);
            rules.add(this);
            return StorageFaults.this;
        }

        private boolean strikes(String calledOperation, SdkRequest request) {
            if (!operation.equals(calledOperation) || !when.test(request)) {
                return false;
            }
            boolean strikes = remaining.get() < 0 || remaining.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
            if (strikes) {
                struck.incrementAndGet();
            }
            return strikes;
        }

        private void act(SdkRequest request) {
            if (kind == Kind.TRANSACTION_CONFLICT) {
                throw conflict((TransactWriteItemsRequest) request);
            }
            if (kind == Kind.THROTTLE) {
                throw ProvisionedThroughputExceededException.builder()
                        .statusCode(400)
                        .message("injected throttle on " + operation)
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("ProvisionedThroughputExceededException")
                                .errorMessage("injected throttle on " + operation)
                                .serviceName("DynamoDb")
                                .build())
                        .build();
            }
            try {
                Thread.sleep(hang.toMillis());
            } catch (InterruptedException interrupted) {
                // The SDK's attempt timeout interrupts a held attempt; keep the flag for it to see.
                Thread.currentThread().interrupt();
            }
        }

        // DynamoDB names one reason per item of the transaction, "None" for those not in conflict.
        private TransactionCanceledException conflict(TransactWriteItemsRequest request) {
            List<CancellationReason> reasons = new ArrayList<>();
            for (int index = 0; index < request.transactItems().size(); index++) {
                reasons.add(CancellationReason.builder().code(index == 0 ? "TransactionConflict" : "None").build());
            }
            String message = "injected: transaction cancelled, reasons " + reasons.stream().map(CancellationReason::code).toList();
            return TransactionCanceledException.builder()
                    .statusCode(400)
                    .message(message)
                    .cancellationReasons(reasons)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("TransactionCanceledException").errorMessage(message).serviceName("DynamoDb").build())
                    .build();
        }
    }
}
