package org.tangier.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every scenario on H2 and on PostgreSQL, each backend on its own freshly started server with a small
 * connection pool, and prints the table. {@link FaultSuiteIT} runs it in the build; docs/fault-suite.md runs it
 * long by hand.
 */
final class FaultSuite {

    private FaultSuite() {
    }

    static List<Row> run(Path jar, double seconds, int killChecks) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            rows.addAll(run(jar, backend, seconds, killChecks));
        }
        return rows;
    }

    static List<Row> run(Path jar, Backend backend, double seconds, int killChecks) throws Exception {
        String runName = "tangier_fault_" + ProcessHandle.current().pid() + "_" + backend.name().toLowerCase();
        Path dataDir = Files.createTempDirectory("tangier-fault-" + backend.name().toLowerCase());
        List<String> settings = new ArrayList<>(backend.settings(runName));
        settings.add("--tangier.db.pool-size=" + Scenarios.POOL_SIZE);
        List<Row> rows = new ArrayList<>();
        ServerProcess started;
        try {
            started = ServerProcess.start(jar, dataDir, settings);
        } catch (IllegalStateException e) {
            backend.drop(runName);
            for (Scenario scenario : Scenario.values()) {
                rows.add(new Row(scenario, backend, "did not run: " + e.getMessage(), false));
            }
            return rows;
        }
        try (ServerProcess server = started) {
            Scenarios scenarios;
            try {
                scenarios = new Scenarios(server, backend, seconds);
            } catch (IllegalStateException e) {
                for (Scenario scenario : Scenario.values()) {
                    rows.add(new Row(scenario, backend, "did not run: " + e.getMessage(), false));
                }
                return rows;
            }
            rows.add(guard(Scenario.PROBING, backend, scenarios::probing));
            rows.add(guard(Scenario.OVERSIZED_BODIES, backend, scenarios::oversizedBodies));
            // before the pool scenarios: a wedged pool would leave no HIT answers to lose; the restart also gives
            // the following scenarios a fresh server
            rows.add(guard(Scenario.KILL_9, backend, () -> scenarios.kill9(killChecks)));
            rows.add(guard(Scenario.BATCH_POISONING, backend, scenarios::batchPoisoning));
            rows.add(guard(Scenario.POOL_2X, backend, () -> scenarios.pool(Scenario.POOL_2X, 2)));
            rows.add(guard(Scenario.POOL_5X, backend, () -> scenarios.pool(Scenario.POOL_5X, 5)));
            System.out.println("server log: " + server.log());
        } finally {
            backend.drop(runName);
        }
        return rows;
    }

    interface Step {
        Row run() throws Exception;
    }

    /** A scenario that cannot run to its end (the server died, a login failed) is a failed row, not a lost table. */
    private static Row guard(Scenario scenario, Backend backend, Step step) {
        try {
            return step.run();
        } catch (Exception | AssertionError e) {
            return new Row(scenario, backend, "did not complete: " + e, false);
        }
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        String format = "| %-16s | %-8s | %-46s | %s | %s |%n";
        out.append(String.format(format, "scenario", "backend", "expected", "observed", "pass"));
        out.append(String.format(format, "---", "---", "---", "---", "---"));
        for (Row row : rows) {
            out.append(String.format(format, row.scenario(), row.backend(), row.scenario().expected, row.observed(),
                    row.verdict()));
        }
        return out.toString();
    }

    /** By hand: {@code java -cp fault/target/test-classes:<postgresql jar> org.tangier.fault.FaultSuite jar seconds checks}. */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "server/target/tangier-server.jar");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        int checks = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<Row> rows = run(jar, seconds, checks);
        System.out.print(table(rows));
        System.exit(rows.stream().allMatch(r -> r.pass() || r.known()) ? 0 : 1);
    }
}
