package io.offerline.admin;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.UserRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.audit.AuditTrail;
import io.offerline.core.common.Currencies;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.operator.OperatorService;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.core.workspace.WorkspaceRepository;
import io.offerline.dynamodb.BatchReader;
import io.offerline.dynamodb.DocumentTables;
import io.offerline.dynamodb.DynamoAccountRepository;
import io.offerline.dynamodb.DynamoApiKeyRepository;
import io.offerline.dynamodb.DynamoAuditLog;
import io.offerline.dynamodb.DynamoPostbackLog;
import io.offerline.dynamodb.DynamoUserRepository;
import io.offerline.dynamodb.DynamoWorkspaceRepository;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/** The commands, each one call of the {@link OperatorService} and what it prints. */
final class OperatorCommands {

    static final Set<String> COMMANDS = Set.of("create-account", "create-key", "revoke-key", "list-accounts", "postback-log");

    private final OperatorService operators;
    private final PrintStream out;

    OperatorCommands(OperatorService operators, PrintStream out) {
        this.operators = operators;
        this.out = out;
    }

    /** The operator service on a deployment's tables, without the API's dependency injection. */
    static OperatorService operators(Deployment deployment, Clock clock) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(deployment.client()).build();
        DocumentTables tables = new DocumentTables(deployment.client(), enhanced, deployment.tables());
        AccountRepository accounts = new DynamoAccountRepository(tables);
        WorkspaceRepository workspaces = new DynamoWorkspaceRepository(tables, new BatchReader(enhanced));
        UserRepository users = new DynamoUserRepository(tables);
        ApiKeys apiKeys = new ApiKeys(new DynamoApiKeyRepository(tables, deployment.client(), deployment.tables()), users, clock);
        return new OperatorService(new AccountBootstrap(accounts, workspaces, users, apiKeys, clock), accounts, users, apiKeys,
                new DynamoPostbackLog(tables, clock), new AuditTrail(new DynamoAuditLog(tables, clock), clock), clock);
    }

    /** Fails for a command there is none of, before anything connects to DynamoDB. */
    static void requireKnown(String command) {
        if (!COMMANDS.contains(command)) {
            throw new UsageException("Unknown command " + command + "; see --help.");
        }
    }

    void run(AdminArguments arguments) {
        switch (arguments.command()) {
            case "create-account" -> createAccount(arguments);
            case "create-key" -> createKey(arguments);
            case "revoke-key" -> revokeKey(arguments);
            case "list-accounts" -> listAccounts();
            case "postback-log" -> postbackLog(arguments);
            default -> throw new IllegalStateException("the command " + arguments.command() + " is known but not run");
        }
    }

    private void createAccount(AdminArguments arguments) {
        AccountBootstrap.Bootstrapped created = operators.createAccount(arguments.required("name"),
                Currencies.require("currency", arguments.required("currency")), arguments.required("owner-email"));
        out.println("account:   " + created.account().id() + " (" + created.account().name() + ", " + created.account().currency() + ")");
        out.println("workspace: " + created.workspace().id() + " (" + created.workspace().name() + ")");
        out.println("owner:     " + created.ownerUserId() + " (" + arguments.required("owner-email") + ")");
        printKey(created.apiKey());
    }

    private void createKey(AdminArguments arguments) {
        Role role = role(arguments.option("role").orElse(Role.OWNER.name()));
        OperatorService.Issued issued = operators.createKey(arguments.required("account"), arguments.option("user").orElse(null), role);
        out.println("user:      " + issued.principal().userId() + " (" + issued.principal().role() + ")");
        printKey(issued.key());
    }

    private void revokeKey(AdminArguments arguments) {
        Optional<Principal> revoked = operators.revokeKey(arguments.required("key"));
        if (revoked.isEmpty()) {
            throw new UsageException("This key opens nothing: it was never issued here, or it is already revoked.");
        }
        out.println("revoked:   the key of user " + revoked.get().userId() + " of account " + revoked.get().accountId());
    }

    private void listAccounts() {
        out.println("id\tname\tcurrency\tcreatedAt");
        String after = null;
        do {
            Page<Account> page = operators.listAccounts(new PageRequest(PageRequest.MAX_SIZE, after));
            page.nodes().forEach(account -> out.println(account.id() + "\t" + account.name() + "\t" + account.currency() + "\t"
                    + account.createdAt()));
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null);
    }

    private void postbackLog(AdminArguments arguments) {
        if (!arguments.flag("unattributed")) {
            throw new UsageException("postback-log lists the postbacks of unknown clicks, which belong to no account: add --unattributed. "
                    + "An account's own postbacks are in the API's postbackLog.");
        }
        PostbackOutcome outcome = arguments.option("outcome").map(OperatorCommands::outcome).orElse(null);
        int first = arguments.option("first").map(OperatorCommands::count).orElse(PageRequest.DEFAULT_SIZE);
        out.println("receivedAt\toutcome\tclickId\tsourceIp\treason\tparameters");
        for (PostbackLogEntry entry : operators.unattributedPostbacks(outcome, new PageRequest(first, null)).nodes()) {
            out.println(entry.receivedAt() + "\t" + entry.outcome() + "\t" + entry.clickId() + "\t" + entry.sourceIp() + "\t" + entry.reason()
                    + "\t" + new TreeMap<>(entry.parameters()));
        }
    }

    private void printKey(String key) {
        out.println("key:       " + key);
        out.println("The key is shown only now (it is stored hashed): keep it in your password manager.");
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--role must be one of OWNER, ADMIN, WORKER, READ_ONLY, not " + name + ".");
        }
    }

    private static PostbackOutcome outcome(String name) {
        try {
            return PostbackOutcome.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--outcome must be a postback outcome such as UNKNOWN_CLICK, not " + name + ".");
        }
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--first must be a number from 1 to " + PageRequest.MAX_SIZE + ", not " + text + ".");
        }
    }
}
