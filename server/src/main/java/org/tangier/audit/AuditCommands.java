package org.tangier.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.tangier.audit.internal.AuditVerifyContext;

/** The audit log's command line: {@code java -jar tangier-server.jar audit-verify}. */
public final class AuditCommands {

    public static final String VERIFY = "audit-verify";

    private AuditCommands() {
    }

    /**
     * Verifies the chain of the configured database (settings as for the server: application.yml, environment,
     * {@code --key=value} arguments) and returns the exit code: 0 intact, 3 broken, 1 when it could not run.
     */
    public static int verify(String... args) {
        SpringApplication app = new SpringApplication(AuditVerifyContext.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("command");
        try {
            return SpringApplication.exit(app.run(args));
        } catch (RuntimeException e) {
            System.err.println("audit-verify could not run: " + e.getMessage());
            return 1;
        }
    }
}
