package io.offerline.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command line: {@code [--option value | --flag]... command [--option value | --flag]...}, in any order. */
final class AdminArguments {

    private static final Set<String> FLAGS = Set.of("unattributed", "help");

    private final String command;
    private final Map<String, String> options;

    private AdminArguments(String command, Map<String, String> options) {
        this.command = command;
        this.options = options;
    }

    static AdminArguments parse(String... args) {
        Map<String, String> options = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (int index = 0; index < args.length; index++) {
            String arg = args[index];
            if (!arg.startsWith("--")) {
                words.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (index + 1 < args.length) {
                options.put(name, args[++index]);
            } else {
                throw new UsageException("--" + name + " needs a value.");
            }
        }
        if (words.size() > 1) {
            throw new UsageException("One command at a time; got " + String.join(", ", words) + ".");
        }
        return new AdminArguments(words.isEmpty() ? null : words.get(0), options);
    }

    /** The command, or null when none was given. */
    String command() {
        return command;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).filter(value -> !value.isBlank()).map(String::trim);
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException(command + " needs --" + name + "."));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
