package org.tangier;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tangier.audit.AuditCommands;

/**
 * Tangier server. {@code --demo} starts with demo agencies, users and synthetic data; {@code audit-verify} checks the
 * audit chain of the configured database and exits.
 */
@SpringBootApplication
@EnableScheduling
public class TangierApplication {

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>();
        boolean command = false;
        for (String arg : args) {
            if (arg.equals("--demo")) {
                arguments.add("--tangier.demo.enabled=true");
            } else {
                command |= arg.equals(AuditCommands.VERIFY);
                arguments.add(arg);
            }
        }
        if (command) {
            System.exit(AuditCommands.verify(arguments.toArray(String[]::new)));
        }
        new SpringApplication(TangierApplication.class).run(arguments.toArray(String[]::new));
    }
}
