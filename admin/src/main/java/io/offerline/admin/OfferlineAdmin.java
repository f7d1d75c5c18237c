package io.offerline.admin;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.NotFoundException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code offerline-admin}: what the operators of a deployment do with their own AWS
 * credentials, outside the API. It creates the first account of a fresh stack, gives an owner
 * who lost every key a new one, revokes keys, lists accounts, lists the postbacks that
 * belong to no account, and replays the stats records that the aggregator could not apply.
 */
public final class OfferlineAdmin {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String HELP = """
            offerline-admin [where] <command> [options]

            where (default: the CDK stack Offerline, with your AWS credentials and region):
              --endpoint URL          a local engine (or DYNAMODB_ENDPOINT), tables offerline-*
              --table-prefix PREFIX   tables PREFIXconfig, PREFIXevents, PREFIXstats
              --stack NAME            the deployed stack's tables, found by their names
              --config-table NAME --events-table NAME   the tables by name

            commands:
              create-account --name NAME --currency CODE --owner-email EMAIL
                  an account with its first owner and a Default workspace; prints the owner's key once
              create-key --account ID [--user ID] [--role OWNER|ADMIN|WORKER|READ_ONLY]
                  a new key (default role OWNER; without --user, for a new user); prints it once
              revoke-key --key KEY
                  the key opens nothing from now on
              list-accounts
                  every account: id, name, currency, created
              postback-log --unattributed [--outcome OUTCOME] [--first N]
                  postbacks whose click is unknown (they belong to no account), newest first
              replay-failed-stats [--queue-url URL] [--stats-table NAME]
                  applies the stream records of the stats aggregator's failure queue once each
                  (default: the stack's FailedStatsBatches queue), deletes what it applied
            """;

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    OfferlineAdmin(Map<String, String> environment, PrintStream out, PrintStream err, Clock clock) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new OfferlineAdmin(System.getenv(), System.out, System.err, Clock.systemUTC()).run(args));
    }

    /** Runs one command line; the exit status: 0 done, 1 failed, 2 a command line to correct. */
    int run(String... args) {
        try {
            AdminArguments arguments = AdminArguments.parse(args);
            if (arguments.command() == null || arguments.flag("help")) {
                out.print(HELP);
                return arguments.command() == null && !arguments.flag("help") ? USAGE : OK;
            }
            if (FailedStatsReplay.COMMAND.equals(arguments.command())) {
                try (Deployment deployment = Deployment.from(arguments, environment)) {
                    new FailedStatsReplay(arguments, environment, out).run(deployment);
                }
                return OK;
            }
            OperatorCommands.requireKnown(arguments.command());
            try (Deployment deployment = Deployment.from(arguments, environment)) {
                new OperatorCommands(OperatorCommands.operators(deployment, clock), out).run(arguments);
            }
            return OK;
        } catch (UsageException | InvalidInputException | NotFoundException wrong) {
            err.println("offerline-admin: " + wrong.getMessage());
            return USAGE;
        } catch (SdkException engine) {
            err.println("offerline-admin: DynamoDB (or SQS) refused or could not be reached: " + engine.getMessage());
            return FAILED;
        }
    }
}
