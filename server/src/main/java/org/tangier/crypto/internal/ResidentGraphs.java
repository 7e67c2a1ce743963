package org.tangier.crypto.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tangier.crypto.CryptoChainsChanged;
import org.tangier.platform.cluster.FromOtherNode;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.matching.crypto.TransferGraph;

/**
 * Each chain's transfer graph kept in memory, by numbers (address surrogates, transaction copies, visibility
 * classes), so that a trace walks arrays instead of querying the database hop by hop. A chain is loaded on its first
 * trace; a transfer import builds the successor graph (its copies replaced) after it commits; a TagPack import makes
 * the chain's tags reload. Every transaction copy and tag keeps its owner and restriction as a visibility class, and
 * a trace sees only the classes {@link AccessRules#maySee} grants its viewer.
 *
 * <p>One node's imports update that node's graphs; in a cluster the other nodes learn of them through
 * {@link CryptoChainsChanged} (externalised) and drop the chains' graphs or tags, which their next trace reads again.
 */
@Component
class ResidentGraphs {

    private static final Logger log = LoggerFactory.getLogger(ResidentGraphs.class);

    /** A transaction copy's owner and restriction. */
    record Visibility(String owner, Restriction restriction) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Map<String, Chain> chains = new ConcurrentHashMap<>();
    private final Map<String, Integer> classIds = new HashMap<>();
    private volatile Visibility[] classes = new Visibility[0];

    ResidentGraphs(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(tx.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    private static final class Chain {
        volatile TransferGraph graph;
        /** Visibility classes of each tagged address's tags, by address number; null until loaded. */
        volatile Map<Integer, int[]> tags;
    }

    /** The chain's graph, loaded on first use (a trace that comes first waits for it). */
    TransferGraph graph(String chain) {
        Chain c = chains.computeIfAbsent(chain, k -> new Chain());
        TransferGraph g = c.graph;
        if (g == null) {
            synchronized (c) {
                g = c.graph;
                if (g == null) {
                    g = load(chain);
                    c.graph = g;
                }
            }
        }
        return g;
    }

    /** Visibility classes of the chain's tags, by address number. */
    Map<Integer, int[]> tags(String chain) {
        Chain c = chains.computeIfAbsent(chain, k -> new Chain());
        Map<Integer, int[]> t = c.tags;
        if (t == null) {
            synchronized (c) {
                t = c.tags;
                if (t == null) {
                    t = loadTags(chain);
                    c.tags = t;
                }
            }
        }
        return t;
    }

    /** Which transactions of {@code g} the viewer may see. */
    IntPredicate visibleTransactions(TransferGraph g, String viewer) {
        boolean[] visible = visibleClasses(viewer);
        return t -> {
            int c = g.visibilityClass(t);
            return c < visible.length && visible[c];
        };
    }

    /** Whether an address carries a tag the viewer may see: an attributed service. */
    IntPredicate attributed(Map<Integer, int[]> tags, String viewer) {
        boolean[] visible = visibleClasses(viewer);
        return a -> {
            int[] of = tags.get(a);
            if (of != null) {
                for (int c : of) {
                    if (c < visible.length && visible[c]) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private boolean[] visibleClasses(String viewer) {
        Visibility[] all = classes;
        boolean[] visible = new boolean[all.length];
        for (int i = 0; i < all.length; i++) {
            visible[i] = AccessRules.maySee(viewer, all[i].owner(), all[i].restriction());
        }
        return visible;
    }

    /** After an import commits: the chains it touched get their successor graphs (loaded chains only). */
    void imported(Visibility visibility, List<CryptoStore.SavedCopy> copies) {
        int cls = classOf(visibility.owner(), visibility.restriction().kind().name(), visibility.restriction().storedAgencies());
        Map<String, List<CryptoStore.SavedCopy>> byChain = new HashMap<>();
        copies.forEach(c -> byChain.computeIfAbsent(c.chain(), k -> new ArrayList<>()).add(c));
        byChain.forEach((chain, saved) -> {
            Chain c = chains.get(chain);
            if (c == null) {
                return; // not loaded: its first trace reads it all
            }
            synchronized (c) {
                TransferGraph g = c.graph;
                if (g == null) {
                    return;
                }
                // a load that ran beside the import may already hold the new copies: drop them too, then add
                Set<Long> drop = new HashSet<>();
                saved.forEach(s -> {
                    drop.addAll(s.replaced());
                    drop.add(s.seq());
                });
                long started = System.nanoTime();
                TransferGraph.Builder b = g.copy(drop::contains);
                for (CryptoStore.SavedCopy s : saved) {
                    b.start(s.seq(), s.key(), cls, s.at().getEpochSecond());
                    for (int l = 0; l < s.addresses().length; l++) {
                        if (l == s.inputs()) {
                            b.outputs();
                        }
                        b.leg(s.addresses()[l], s.amounts()[l]);
                    }
                    b.end();
                }
                c.graph = b.build();
                log.debug("{} graph: {} copies replaced or added in {} ms", chain, saved.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /**
     * Another node imported transfers or tags (cluster): the chains' graphs or tags are read again from the shared
     * database on their next trace. Dropping twice (a resubmitted event) changes nothing.
     */
    @EventListener
    void on(FromOtherNode remote) {
        CryptoChainsChanged changed = remote.as(CryptoChainsChanged.class);
        if (changed == null) {
            return;
        }
        for (String chain : changed.transferChains()) {
            Chain c = chains.get(chain);
            if (c != null) {
                synchronized (c) {
                    c.graph = null;
                }
            }
        }
        changed.tagChains().forEach(this::tagsChanged);
    }

    /** After a TagPack import: the chain's tags are read again on the next trace. */
    void tagsChanged(String chain) {
        Chain c = chains.get(chain);
        if (c != null) {
            synchronized (c) {
                c.tags = null;
            }
        }
    }

    private synchronized int classOf(String owner, String kind, String agencies) {
        String key = owner + '|' + kind + '|' + agencies;
        Integer id = classIds.get(key);
        if (id == null) {
            id = classes.length;
            classIds.put(key, id);
            Visibility[] grown = Arrays.copyOf(classes, id + 1);
            grown[id] = new Visibility(owner, Restriction.fromStored(kind, agencies));
            classes = grown;
        }
        return id;
    }

    /**
     * Streams the chain's legs in copy order; only a copy's first leg carries its time, owner and restriction, so the
     * database sends those strings once a transaction rather than once a leg.
     */
    private TransferGraph load(String chain) {
        long started = System.nanoTime();
        TransferGraph g = readOnly.execute(status -> {
            Integer legs = jdbc.queryForObject("select count(*) from crypto_leg where chain = ?", Integer.class, chain);
            TransferGraph.Builder b = TransferGraph.numeric().reserve(Math.max(16, legs / 2), Math.max(16, legs));
            Pending p = new Pending(b);
            jdbc.query(connection -> {
                var ps = connection.prepareStatement("""
                        select l.tx_seq, l.tx_key, l.side, l.address_id, cast(l.amount as double precision),
                          case when l.id = l.tx_seq then l.occurred_at end,
                          case when l.id = l.tx_seq then l.owner_agency end,
                          case when l.id = l.tx_seq then l.restriction_kind end,
                          case when l.id = l.tx_seq then l.restriction_agencies end
                        from crypto_leg l where l.chain = ? order by l.tx_seq, l.side, l.id""");
                ps.setString(1, chain);
                ps.setFetchSize(20_000);
                return ps;
            }, (org.springframework.jdbc.core.RowCallbackHandler) p::row);
            p.flush();
            return b.build();
        });
        log.info("{} graph loaded: {} transactions, {} legs, {} address numbers in {} ms", chain, g.transactionCount(),
                g.legCount(), g.addressCount(), (System.nanoTime() - started) / 1_000_000);
        return g;
    }

    private Map<Integer, int[]> loadTags(String chain) {
        Map<Integer, int[]> tags = new HashMap<>();
        jdbc.query("""
                select a.id, g.owner_agency, g.restriction_kind, g.restriction_agencies from crypto_tag g
                join crypto_address a on a.chain = g.chain and a.address = g.address where g.chain = ?""", rs -> {
            int cls = classOf(rs.getString(2), rs.getString(3), rs.getString(4));
            tags.merge(rs.getInt(1), new int[] {cls}, (x, y) -> {
                int[] both = Arrays.copyOf(x, x.length + 1);
                both[x.length] = y[0];
                return both;
            });
        }, chain);
        return Map.copyOf(tags);
    }

    /** One copy's legs, gathered until the next copy starts. */
    private final class Pending {
        private final TransferGraph.Builder builder;
        private long seq = Long.MIN_VALUE;
        private long key;
        private long time;
        private int cls;
        private int count;
        private int inputs;
        private int[] addresses = new int[64];
        private double[] amounts = new double[64];

        Pending(TransferGraph.Builder builder) {
            this.builder = builder;
        }

        void row(ResultSet rs) throws SQLException {
            long s = rs.getLong(1);
            if (s != seq) {
                flush();
                seq = s;
                key = rs.getLong(2);
            }
            if (count == addresses.length) {
                addresses = Arrays.copyOf(addresses, count * 2);
                amounts = Arrays.copyOf(amounts, count * 2);
            }
            if (rs.getString(3).charAt(0) == CryptoStore.INPUT) {
                inputs++;
            }
            addresses[count] = rs.getInt(4);
            amounts[count++] = rs.getDouble(5);
            Timestamp at = rs.getTimestamp(6);
            if (at != null) {
                time = at.toInstant().getEpochSecond();
                cls = classOf(rs.getString(7), rs.getString(8), rs.getString(9));
            }
        }

        void flush() {
            if (count > 0) {
                builder.start(seq, key, cls, time);
                for (int l = 0; l < count; l++) {
                    if (l == inputs) {
                        builder.outputs();
                    }
                    builder.leg(addresses[l], amounts[l]);
                }
                builder.end();
            }
            count = 0;
            inputs = 0;
        }
    }
}
