package org.tangier.platform;

import java.util.Arrays;
import java.util.List;

/**
 * The arguments of a history entry stored as a bundle code plus arguments (a notice's history, an operation's
 * timeline), in one text column: joined by the unit separator U+001F, which {@link Texts} refuses in anything a
 * person writes, so an argument can never contain it.
 */
public final class HistoryArgs {

    private static final String SEPARATOR = "\u001F";

    private HistoryArgs() {
    }

    public static String join(List<String> args) {
        return args == null || args.isEmpty() ? null
                : String.join(SEPARATOR, args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
    }

    public static List<String> split(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(SEPARATOR, -1));
    }
}
