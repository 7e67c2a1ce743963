package org.tangier.audit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit writer's own small connection pool. Requests hold a connection of the main pool while they wait for their
 * audit entry; if the writer drew from that pool too, a burst of requests as large as the pool would hold every
 * connection and wait for a writer that can get none (every request timed out). With its own pool the writer never
 * waits for a resource held by the requests that wait for it.
 *
 * <p>Deliberately not a {@code DataSource} or transaction-manager bean: either would replace Spring Boot's main ones.
 */
@Component
class AuditWriterDatabase implements DisposableBean {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditWriterDatabase(@Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password,
            @Value("${tangier.audit.pool-size:2}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("audit-writer");
        config.setJdbcUrl(withBatchedInserts(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        // start even when the database is not up yet; the main pool reports that
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
        this.jdbc = new JdbcTemplate(pool);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * On PostgreSQL, the driver sends a batch of inserts as multi-row inserts ({@code reWriteBatchedInserts}): a group
     * commit of n entries is then a few statements instead of n, less work for the server and the driver. Other
     * databases, and a URL that sets the option itself, are left as they are.
     */
    static String withBatchedInserts(String url) {
        if (url == null || !url.startsWith("jdbc:postgresql:")
                || url.toLowerCase(Locale.ROOT).contains("rewritebatchedinserts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    TransactionTemplate transaction() {
        return transaction;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
