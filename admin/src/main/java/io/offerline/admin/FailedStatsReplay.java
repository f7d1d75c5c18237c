package io.offerline.admin;

import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.DynamoStatsAggregator;
import io.offerline.dynamodb.StatsFailureQueue;
import io.offerline.dynamodb.StatsReplay;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code replay-failed-stats}: applies the records of the stats aggregator's failure queue to the
 * stats, each once, and deletes what it applied; the queue is {@code --queue-url}, or the
 * stack's {@code FailedStatsBatches} queue found by its name.
 */
final class FailedStatsReplay {

    static final String COMMAND = "replay-failed-stats";

    private final AdminArguments arguments;
    private final Map<String, String> environment;
    private final PrintStream out;

    FailedStatsReplay(AdminArguments arguments, Map<String, String> environment, PrintStream out) {
        this.arguments = arguments;
        this.environment = environment;
        this.out = out;
    }

    void run(Deployment deployment) {
        if (deployment.tables().stats().isBlank()) {
            throw new UsageException(COMMAND + " writes the stats table: name it with --stats-table too.");
        }
        Optional<String> endpoint = Deployment.endpoint(arguments, environment);
        try (SqsClient sqs = endpoint.map(DynamoClients::sqsForEndpoint).orElseGet(DynamoClients::sqsForAws)) {
            String queueUrl = arguments.option("queue-url").orElseGet(() -> stackQueue(sqs, endpoint.isPresent()));
            List<StatsReplay.Replayed> replayed = new StatsReplay(new StatsFailureQueue(sqs, queueUrl),
                    new DynamoStatsAggregator(deployment.client(), deployment.tables())).replayAll();
            print(replayed);
        }
    }

    private String stackQueue(SqsClient sqs, boolean local) {
        if (local) {
            throw new UsageException(COMMAND + " on a local engine needs --queue-url.");
        }
        String prefix = arguments.option("stack").orElse(Deployment.DEFAULT_STACK) + "-FailedStatsBatches";
        List<String> found = sqs.listQueues(request -> request.queueNamePrefix(prefix)).queueUrls();
        if (found.size() != 1) {
            throw new UsageException("Found " + found.size() + " queues named " + prefix + "…: name the one with --queue-url.");
        }
        return found.get(0);
    }

    private void print(List<StatsReplay.Replayed> replayed) {
        out.println("shard\trecords\tappliedNow");
        int applied = 0;
        int left = 0;
        for (StatsReplay.Replayed message : replayed) {
            if (message.leftInQueue() != null) {
                left++;
                out.println(message.failure() == null
                        ? "left in the queue, no records to replay (Lambda's description of a batch that failed every retry): "
                                + message.leftInQueue()
                        : "left in the queue, failed (" + message.failure() + "): " + message.leftInQueue());
                continue;
            }
            applied += message.appliedNow();
            out.println(message.shardId() + "\t" + message.records() + "\t" + message.appliedNow());
        }
        out.println("replayed " + (replayed.size() - left) + " messages, " + applied + " records applied now, " + left + " left in the queue");
    }
}
