package org.tangier.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the hand-run benchmarks (test-scope mains) share: their {@code --name=value} options and the load average. */
public final class BenchmarkArgs {

    private BenchmarkArgs() {
    }

    public static String option(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    /** The one-minute load average, printed beside every figure: the machine is shared. */
    public static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
