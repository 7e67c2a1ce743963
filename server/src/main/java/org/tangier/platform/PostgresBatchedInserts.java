package org.tangier.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the main pool's driver rewrites a JDBC batch of inserts into multi-row inserts
 * ({@code reWriteBatchedInserts}): an import batch of a thousand rows is then a few statements instead of a thousand
 * round trips. A URL that sets the option itself keeps its own value; other databases are left as they are.
 * The rewritten batch reports no per-row counts for inserts, which no insert batch of the main pool reads.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {

    static final String OPTION = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && applies(pool.getJdbcUrl())) {
            pool.addDataSourceProperty(OPTION, "true");
        }
        return bean;
    }

    static boolean applies(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") && !url.contains(OPTION);
    }
}
