package org.tangier.audit.internal;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What {@code audit-verify} needs and nothing more: the configured database and the verifier. The whole server
 * cannot run as a command (its web security needs a web server, and it would load the screening indexes), and a
 * command must not open the server's port. Not a {@code @Configuration}, so that the server's component scan leaves
 * it alone.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@Import({AuditWriterDatabase.class, AuditStore.class, AuditCheckpoints.class, AuditChainVerifier.class,
        AuditVerifyCommand.class})
public class AuditVerifyContext {
}
