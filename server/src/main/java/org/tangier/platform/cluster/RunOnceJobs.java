package org.tangier.platform.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs that must run once per cluster, not once per node (retention, escalation, notice expiry), take a ShedLock
 * lock in the shared database ({@code @SchedulerLock}; table {@code shedlock}, V80). On one node the lock is always
 * free and changes nothing.
 *
 * <p>Why a database lock and not a Kafka consumer group: the jobs are timers over rows of the shared database, not
 * consumers of a stream; a lock in that database needs nothing the job does not already need (a node cut off from
 * Kafka can still expire notices), and the lock's time comes from the database ({@code usingDbTime}), so nodes with
 * drifting clocks agree. {@code lockAtMostFor} frees the lock of a node killed mid-run.
 *
 * <p>Not locked, on purpose: webhook delivery (every node polls; each delivery row is claimed by a conditional
 * update, so nodes share the work) and the audit checkpoint (each node signs the head of its own last commit into
 * its own checkpoint file).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class RunOnceJobs {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
