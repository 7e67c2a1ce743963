package org.tangier.crypto.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/**
 * The wallet page: an address checked with its chain's rules and shown in canonical form, its multiple-input cluster
 * with the attribution tags the viewer may see, and a haircut trace forward or backward with its flows and the
 * services reached. Everything goes through {@link CryptoService}, so the access rules and the audit are the API's.
 */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_OFFICER','ANALYST')")
class CryptoPages {

    private final CryptoService crypto;

    CryptoPages(CryptoService crypto) {
        this.crypto = crypto;
    }

    @GetMapping("/crypto/wallet")
    String wallet(@RequestParam(required = false) String chain, @RequestParam(required = false) String address,
            @RequestParam(defaultValue = "forward") String direction, @RequestParam(defaultValue = "3") int hops,
            @RequestParam(required = false) String purpose, Model model) {
        model.addAttribute("chain", chain == null ? "BTC" : chain);
        model.addAttribute("address", address == null ? "" : address);
        model.addAttribute("direction", direction);
        model.addAttribute("hops", hops);
        model.addAttribute("purpose", purpose == null ? "" : purpose);
        if (address != null && !address.isBlank() && purpose != null && !purpose.isBlank()) {
            try {
                var caller = Callers.required();
                model.addAttribute("cluster", crypto.cluster(caller, chain, address, purpose));
                CryptoService.TraceAnswer trace = crypto.trace(caller, chain, address, direction, hops, purpose);
                model.addAttribute("trace", trace);
                model.addAttribute("traceJson", TraceChart.json(trace));
            } catch (ProblemException e) {
                if (e.status() == 403) {
                    throw e;
                }
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "crypto/wallet";
    }
}
