package org.tangier.crypto.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.platform.Caller;
import org.tangier.platform.TimeOrderedIds;

/**
 * Legs and tags in the database. Every read carries the viewer's access condition, so a cluster or trace is built
 * only from what the owners let the viewer see.
 */
@Repository
class CryptoStore {

    static final char INPUT = 'I';
    static final char OUTPUT = 'O';
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CryptoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A leg as read back: transaction, side, address, amount, time. */
    record LegRow(String txId, char side, String address, BigDecimal amount, Instant at) {
    }

    /**
     * A transaction copy as saved, in the resident graph's terms: the copies it replaced, its own number and key,
     * and its legs by address number (inputs first).
     */
    record SavedCopy(String chain, List<Long> replaced, long seq, long key, Instant at, int[] addresses,
            double[] amounts, int inputs) {
    }

    /** Replaces the owner's earlier copy of the transaction. */
    SavedCopy save(Caller caller, Restriction restriction, ImportedTransaction tx, Map<String, Integer> addressIds) {
        List<Long> replaced = jdbc.sql("select distinct tx_seq from crypto_leg where owner_agency = :o and chain = :c"
                        + " and tx_id = :t and tx_seq is not null")
                .param("o", caller.agencyCode()).param("c", tx.chain()).param("t", tx.txId()).query(Long.class).list();
        jdbc.sql("delete from crypto_leg where owner_agency = :o and chain = :c and tx_id = :t")
                .param("o", caller.agencyCode()).param("c", tx.chain()).param("t", tx.txId()).update();
        Timestamp now = Timestamp.from(Instant.now());
        int legs = tx.inputs().size() + tx.outputs().size();
        int[] addresses = new int[legs];
        double[] amounts = new double[legs];
        int k = 0;
        for (var leg : tx.inputs()) {
            addresses[k] = addressId(tx.chain(), leg.address(), addressIds);
            amounts[k++] = leg.amount().doubleValue();
            insert(caller, restriction, tx, INPUT, leg, addresses[k - 1], now);
        }
        for (var leg : tx.outputs()) {
            addresses[k] = addressId(tx.chain(), leg.address(), addressIds);
            amounts[k++] = leg.amount().doubleValue();
            insert(caller, restriction, tx, OUTPUT, leg, addresses[k - 1], now);
        }
        // the copy's number is its first leg's id; its key is the one other agencies' copies already carry
        long seq = jdbc.sql("select min(id) from crypto_leg where owner_agency = :o and chain = :c and tx_id = :t")
                .param("o", caller.agencyCode()).param("c", tx.chain()).param("t", tx.txId()).query(Long.class).single();
        Long other = jdbc.sql("select min(tx_key) from crypto_leg where chain = :c and tx_id = :t and owner_agency <> :o")
                .param("o", caller.agencyCode()).param("c", tx.chain()).param("t", tx.txId()).query(Long.class).optional()
                .orElse(null);
        long key = other == null ? seq : other;
        jdbc.sql("update crypto_leg set tx_seq = :seq, tx_key = :key where owner_agency = :o and chain = :c and tx_id = :t")
                .param("seq", seq).param("key", key)
                .param("o", caller.agencyCode()).param("c", tx.chain()).param("t", tx.txId()).update();
        return new SavedCopy(tx.chain(), replaced, seq, key, tx.at(), addresses, amounts, tx.inputs().size());
    }

    private void insert(Caller caller, Restriction restriction, ImportedTransaction tx, char side, ImportedTransaction.Leg leg,
            int addressId, Timestamp now) {
        jdbc.sql("""
                insert into crypto_leg (chain, tx_id, side, address, amount, occurred_at, owner_agency, restriction_kind,
                    restriction_agencies, imported_at, imported_by, address_id)
                values (:chain, :tx, :side, :address, :amount, :at, :owner, :kind, :agencies, :now, :by, :addressId)""")
                .param("chain", tx.chain()).param("tx", tx.txId()).param("side", String.valueOf(side))
                .param("address", leg.address()).param("amount", leg.amount()).param("at", Timestamp.from(tx.at()))
                .param("owner", caller.agencyCode()).param("kind", restriction.kind().name())
                .param("agencies", restriction.storedAgencies()).param("now", now).param("by", caller.id())
                .param("addressId", addressId)
                .update();
    }

    /** The address's surrogate number on its chain, made on first sight ({@code cache} spares repeated look-ups). */
    int addressId(String chain, String address, Map<String, Integer> cache) {
        Integer cached = cache.get(address);
        if (cached != null) {
            return cached;
        }
        Integer id = findAddressId(chain, address);
        if (id == null) {
            // another import may make it first (PostgreSQL would abort the transaction on a duplicate key)
            jdbc.sql("insert into crypto_address (chain, address) values (:c, :a) on conflict do nothing")
                    .param("c", chain).param("a", address).update();
            id = findAddressId(chain, address);
        }
        cache.put(address, id);
        return id;
    }

    /** The address's surrogate number, or null when no transfer or tag ever named it. */
    Integer findAddressId(String chain, String address) {
        return jdbc.sql("select id from crypto_address where chain = :c and address = :a").param("c", chain)
                .param("a", address).query(Integer.class).optional().orElse(null);
    }

    /** Addresses by surrogate number (a trace's flows name theirs once the trace is done). */
    Map<Integer, String> addresses(Collection<Integer> ids) {
        Map<Integer, String> names = new HashMap<>();
        List<Integer> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select id, address from crypto_address where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list()
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    /** Transaction ids by copy number. */
    Map<Long, String> transactionIds(String chain, Collection<Long> seqs) {
        Map<Long, String> ids = new HashMap<>();
        List<Long> all = List.copyOf(seqs);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select distinct tx_seq, tx_id from crypto_leg where chain = :c and tx_seq in (:seqs)")
                    .param("c", chain).param("seqs", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> ids.put(e.getKey(), e.getValue()));
        }
        return ids;
    }

    /**
     * All visible legs of the transactions in which one of {@code addresses} appears on {@code side}: where they spent
     * (inputs) or where they received (outputs).
     */
    List<LegRow> transactionsTouching(String viewer, String chain, Collection<String> addresses, char side) {
        var t = AccessRules.sqlCondition("t", viewer);
        var l = AccessRules.sqlCondition("l", viewer);
        List<LegRow> rows = new ArrayList<>();
        List<String> all = List.copyOf(addresses);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            rows.addAll(jdbc.sql("select distinct l.tx_id, l.side, l.address, l.amount, l.occurred_at from crypto_leg l"
                            + " where l.chain = :chain and " + l.sql() + " and l.tx_id in (select t.tx_id from crypto_leg t"
                            + " where t.chain = :chain and t.side = :side and t.address in (:addresses) and " + t.sql() + ")"
                            + " order by l.tx_id, l.side, l.address")
                    .params(l.parameters()).param("chain", chain).param("side", String.valueOf(side))
                    .param("addresses", chunk)
                    .query((rs, n) -> new LegRow(rs.getString(1), rs.getString(2).charAt(0), rs.getString(3),
                            rs.getBigDecimal(4), rs.getTimestamp(5).toInstant()))
                    .list());
        }
        return rows;
    }

    /** An attribution tag: who the address belongs to, in which category, on whose word. */
    record Tag(String address, String label, String category, String source, String tagpack, String owner,
            String jurisdiction) {
    }

    void saveTag(Caller caller, Restriction restriction, String chain, Tag tag) {
        addressId(chain, tag.address(), new HashMap<>()); // the resident graph finds tags by address number
        jdbc.sql("delete from crypto_tag where owner_agency = :o and chain = :c and address = :a and tagpack = :p")
                .param("o", caller.agencyCode()).param("c", chain).param("a", tag.address()).param("p", tag.tagpack()).update();
        jdbc.sql("""
                insert into crypto_tag (id, chain, address, label, category, source, tagpack, owner_agency, restriction_kind,
                    restriction_agencies, imported_at, imported_by, jurisdiction)
                values (:id, :chain, :address, :label, :category, :source, :tagpack, :owner, :kind, :agencies, :now, :by,
                    :jurisdiction)""")
                .param("id", TimeOrderedIds.next()).param("chain", chain).param("address", tag.address())
                .param("label", tag.label()).param("category", tag.category()).param("source", tag.source())
                .param("tagpack", tag.tagpack()).param("owner", caller.agencyCode())
                .param("kind", restriction.kind().name()).param("agencies", restriction.storedAgencies())
                .param("now", Timestamp.from(Instant.now())).param("by", caller.id())
                .param("jurisdiction", tag.jurisdiction()).update();
    }

    /** The visible tags of these addresses, by address. */
    Map<String, List<Tag>> tags(String viewer, String chain, Collection<String> addresses) {
        var g = AccessRules.sqlCondition("g", viewer);
        Map<String, List<Tag>> tags = new HashMap<>();
        List<String> all = List.copyOf(addresses);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select g.address, g.label, g.category, g.source, g.tagpack, g.owner_agency, g.jurisdiction from crypto_tag g"
                            + " where g.chain = :chain and g.address in (:addresses) and " + g.sql())
                    .params(g.parameters()).param("chain", chain).param("addresses", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> new Tag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)))
                    .list().forEach(tag -> tags.computeIfAbsent(tag.address(), k -> new ArrayList<>()).add(tag));
        }
        return tags;
    }
}
