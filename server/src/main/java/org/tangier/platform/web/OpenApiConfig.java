package org.tangier.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its one authentication scheme: bearer tokens and API client secrets. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI tangierOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tangier API").version("v1")
                        .description("Cross-border police cooperation: agencies, records, notices, screening, hits, audit. "
                                + "Errors are RFC 9457 problem+json.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A token from POST /api/v1/auth/token, or an API client's secret")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
