package org.tangier.crypto.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

@RestController
@RequestMapping("/api/v1/crypto")
@Tag(name = "Crypto-assets", description = "Transfers, address clusters, attribution tags and traces of funds")
class CryptoApiController {

    private final CryptoService crypto;

    CryptoApiController(CryptoService crypto) {
        this.crypto = crypto;
    }

    @PostMapping("/transfers/import")
    @Operation(summary = "Import transfers (CSV or JSON lines) owned by your agency; restriction defaults to owner",
            description = """
                    CSV: header chain,tx_id,time,side,address,amount (one UTXO leg a line, side in|out) or \
                    chain,tx_id,time,from,to,amount (account model). NDJSON: {chain, tx, time, inputs:[{address, \
                    amount}], outputs:[...]} or {chain, tx, time, from, to, amount}. Addresses are checked with their \
                    chain's rules; a bad transaction is rejected whole with its reason. Re-importing a transaction \
                    replaces your agency's copy. Answers {imported, updated, rejected:[{index, id, error}]}.""")
    CryptoService.ImportAnswer importTransfers(@RequestParam String format,
            @RequestParam(required = false) String restriction, HttpServletRequest request) throws IOException {
        return crypto.importTransfers(Callers.required(), format, request.getInputStream(), restriction);
    }

    @PostMapping(path = "/tagpacks", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Import a GraphSense TagPack (YAML): attribution of addresses to exchanges, mixers, markets, sanctioned entities")
    CryptoService.ImportAnswer importTagPack(@RequestBody String yaml, @RequestParam(required = false) String restriction) {
        if (yaml.length() > 20 * 1024 * 1024) {
            throw ProblemException.of(400, "crypto.tagpack-has-most-20-mb");
        }
        return crypto.importTagPack(Callers.required(), yaml, restriction);
    }

    @GetMapping("/trace")
    @Operation(summary = "Follow funds forward or backward N hops (haircut taint), stopping at attributed services",
            description = "Answers the tainted flows with amounts and times, and the services reached with the path "
                    + "that reached them first. Only transfers and tags the owners let you see take part.")
    CryptoService.TraceAnswer trace(@RequestParam String address, @RequestParam String chain,
            @RequestParam(defaultValue = "forward") String direction, @RequestParam(defaultValue = "3") int hops,
            @RequestParam(required = false) String purpose) {
        return crypto.trace(Callers.required(), chain, address, direction, hops, purpose);
    }

    @GetMapping("/clusters")
    @Operation(summary = "The address's cluster by the multiple-input heuristic, each link explained by its transaction")
    CryptoService.ClusterAnswer cluster(@RequestParam String address, @RequestParam String chain,
            @RequestParam(required = false) String purpose) {
        return crypto.cluster(Callers.required(), chain, address, purpose);
    }
}
