package org.tangier.agencies.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, encrypts second-factor seeds that an older version stored in plain text. */
@Component
@Order(5)
class PlainSeedMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlainSeedMigration.class);

    private final UserStore users;

    PlainSeedMigration(UserStore users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        int encrypted = users.encryptPlainSeeds();
        if (encrypted > 0) {
            log.info("Encrypted the second-factor seeds of {} users that were stored in plain text", encrypted);
        }
    }
}
