package org.tangier.bench.names;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * The search latency of two builds of the name index in the same JVM and the same machine state: each build
 * (a fat bench jar, say the one of the previous commit and this one) is loaded in a class loader of its own,
 * builds its index over the same synthetic population, and the same queries are run on both, alternating which
 * goes first. Reports CPU time and wall time percentiles per build.
 *
 * <p>Usage: {@code java -Xmx6g -cp bench/target/tangier-bench.jar org.tangier.bench.names.NameSearchComparison
 * before.jar after.jar [persons] [queries] [rounds]}
 */
public final class NameSearchComparison {

    /** One build: its index and the queries made by its own copy of the population. */
    private record Build(String name, Object index, Method search, List<Object> queries, List<Integer> expected) {}

    public static void main(String[] args) throws Exception {
        Path before = Path.of(args[0]), after = Path.of(args[1]);
        int persons = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        System.out.printf("JVM %s, %d processors, max heap %d MB; %,d persons, %d queries x %d rounds%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, persons, queries, rounds);
        Build a = load("before " + before.getFileName(), before, persons, queries);
        Build b = load("after " + after.getFileName(), after, persons, queries);
        IntPredicate all = id -> true;
        for (Build build : List.of(a, b)) {
            // the searched person among the results at POSSIBLE or above: what a faster search must not lose (also the warm-up)
            int found = 0;
            ThreadMXBean firstBean = ManagementFactory.getThreadMXBean();
            long firstCpu = firstBean.getCurrentThreadCpuTime();
            for (int i = 0; i < build.queries.size(); i++) {
                for (Object c : (List<?>) build.search.invoke(build.index, build.queries.get(i), all, 10)) {
                    int id = (Integer) c.getClass().getMethod("id").invoke(c);
                    double score = (Double) c.getClass().getMethod("score").invoke(c);
                    if (id == build.expected.get(i) && score >= 0.75) found++;
                }
            }
            // the first pass also pays for what a build computes on first contact and keeps (JIT, cached forms)
            System.out.printf("%s: searched person found at POSSIBLE or above: %d of %d; first pass %.2f ms CPU per query%n", build.name,
                    found, build.queries.size(), (firstBean.getCurrentThreadCpuTime() - firstCpu) / 1e6 / build.queries.size());
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        // the population may yield fewer queries than asked (487 of 500): time those both builds have
        queries = Math.min(a.queries.size(), b.queries.size());
        int n = queries * rounds;
        long[][] wall = new long[2][n], cpu = new long[2][n];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < queries; i++) {
                int k = r * queries + i;
                for (int turn = 0; turn < 2; turn++) {
                    int which = (i + turn + r) % 2; // alternate which build goes first
                    Build build = which == 0 ? a : b;
                    Object q = build.queries.get(i);
                    long c = bean.getCurrentThreadCpuTime(), w = System.nanoTime();
                    build.search.invoke(build.index, q, all, 10);
                    wall[which][k] = System.nanoTime() - w;
                    cpu[which][k] = bean.getCurrentThreadCpuTime() - c;
                }
            }
        }
        for (int which = 0; which < 2; which++) {
            String name = which == 0 ? a.name : b.name;
            print(name + ", CPU", cpu[which]);
            print(name + ", wall", wall[which]);
        }
    }

    private static Build load(String name, Path jar, int persons, int queries) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        long start = System.nanoTime();
        Class<?> footprint = loader.loadClass("org.tangier.bench.names.NameIndexFootprint");
        Method build = footprint.getDeclaredMethod("build", int.class);
        build.setAccessible(true);
        Object index = build.invoke(null, persons);
        System.out.printf("%s: %,d persons built in %.1f s%n", name, persons, (System.nanoTime() - start) / 1e9);
        // the same queries as NameIndexFootprint: the population's own persons, varied with a fixed seed
        Class<?> populationClass = loader.loadClass("org.tangier.bench.names.SyntheticPopulation");
        var constructor = populationClass.getDeclaredConstructor(long.class);
        constructor.setAccessible(true);
        Object population = constructor.newInstance(42L);
        Method person = populationClass.getDeclaredMethod("person", int.class);
        person.setAccessible(true);
        Method queryFor = Arrays.stream(populationClass.getDeclaredMethods()).filter(m -> m.getName().equals("queryFor")).findFirst().orElseThrow();
        queryFor.setAccessible(true);
        SplittableRandom random = new SplittableRandom(7);
        List<Object> list = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        Class<?> entryClass = loader.loadClass("org.tangier.matching.name.PersonEntry");
        for (int i = 0; i < persons && list.size() < queries; i++) {
            Object p = person.invoke(population, i);
            if (random.nextInt(Math.max(1, persons / queries)) == 0) {
                list.add(queryFor.invoke(null, p, random));
                expected.add((Integer) entryClass.getMethod("id").invoke(p));
            }
        }
        Class<?> queryClass = loader.loadClass("org.tangier.matching.name.PersonQuery");
        Method search = index.getClass().getMethod("search", queryClass, IntPredicate.class, int.class);
        return new Build(name, index, search, list, expected);
    }

    private static void print(String label, long[] nanos) {
        long[] v = nanos.clone();
        Arrays.sort(v);
        System.out.printf("%-40s p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n", label, v[v.length / 2] / 1e6,
                v[(int) (v.length * 0.9)] / 1e6, v[(int) (v.length * 0.99)] / 1e6, v[v.length - 1] / 1e6,
                Arrays.stream(v).average().orElse(0) / 1e6);
    }
}
