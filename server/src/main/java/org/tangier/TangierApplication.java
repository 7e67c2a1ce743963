package org.tangier;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

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
                command |= arg.equals("audit-verify");
                arguments.add(arg);
            }
        }
        SpringApplication app = new SpringApplication(TangierApplication.class);
        if (command) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(app.run(arguments.toArray(String[]::new))));
        }
        app.run(arguments.toArray(String[]::new));
    }
}
