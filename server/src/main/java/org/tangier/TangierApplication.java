package org.tangier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TangierApplication {
    public static void main(String[] args) {
        SpringApplication.run(TangierApplication.class, args);
    }
}
