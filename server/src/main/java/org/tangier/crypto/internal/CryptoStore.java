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

    /** Replaces the owner's earlier copy of the transaction; true when there was one. */
    boolean save(Caller caller, Restriction restriction, ImportedTransaction tx) {
        int removed = jdbc.sql("delete from crypto_leg where owner_agency = :o and chain = :c and tx_id = :t")
                .param("o", caller.agencyCode()).param("c", tx.chain()).param("t", tx.txId()).update();
        Timestamp now = Timestamp.from(Instant.now());
        for (var leg : tx.inputs()) {
            insert(caller, restriction, tx, INPUT, leg, now);
        }
        for (var leg : tx.outputs()) {
            insert(caller, restriction, tx, OUTPUT, leg, now);
        }
        return removed > 0;
    }

    private void insert(Caller caller, Restriction restriction, ImportedTransaction tx, char side, ImportedTransaction.Leg leg,
            Timestamp now) {
        jdbc.sql("""
                insert into crypto_leg (chain, tx_id, side, address, amount, occurred_at, owner_agency, restriction_kind,
                    restriction_agencies, imported_at, imported_by)
                values (:chain, :tx, :side, :address, :amount, :at, :owner, :kind, :agencies, :now, :by)""")
                .param("chain", tx.chain()).param("tx", tx.txId()).param("side", String.valueOf(side))
                .param("address", leg.address()).param("amount", leg.amount()).param("at", Timestamp.from(tx.at()))
                .param("owner", caller.agencyCode()).param("kind", restriction.kind().name())
                .param("agencies", restriction.storedAgencies()).param("now", now).param("by", caller.id())
                .update();
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
