package io.offerline.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one run of offerline-admin printed and its exit status. */
record AdminRun(int status, String out, String err) {

    private static final Pattern KEY = Pattern.compile("key:\\s+(ol_\\S+)");
    private static final Pattern USER = Pattern.compile("(?:owner|user):\\s+(\\S+)");
    private static final Pattern ACCOUNT = Pattern.compile("account:\\s+(\\S+)");

    /** Runs the command in this JVM, as {@code main} would. */
    static AdminRun inProcess(Map<String, String> environment, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new OfferlineAdmin(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).run(args);
        return new AdminRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String key() {
        return group(KEY);
    }

    String userId() {
        return group(USER);
    }

    String accountId() {
        return group(ACCOUNT);
    }

    private String group(Pattern pattern) {
        Matcher matcher = pattern.matcher(out);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in:\n" + out + err);
        }
        return matcher.group(1);
    }
}
