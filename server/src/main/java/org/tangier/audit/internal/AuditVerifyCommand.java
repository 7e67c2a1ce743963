package org.tangier.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.tangier.audit.AuditVerification;

/**
 * {@code java -jar tangier-server.jar audit-verify}: verifies the chain in the configured database, prints the
 * verdict, and exits 0 when intact, 3 when broken. Runs in the command's own small context ({@link AuditVerifyContext}).
 */
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "audit-verify";

    private final AuditChainVerifier verifier;
    private int exitCode;

    AuditVerifyCommand(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(COMMAND)) {
            return;
        }
        AuditVerification result = verifier.verify();
        exitCode = result.intact() ? 0 : 3;
        if (result.intact()) {
            System.out.println("Audit chain intact: " + result.entriesChecked() + " entries verified.");
        } else {
            System.out.println("Audit chain BROKEN" + (result.firstBrokenSeq() == null ? "" : " at entry "
                    + result.firstBrokenSeq()) + ": " + result.problem());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
