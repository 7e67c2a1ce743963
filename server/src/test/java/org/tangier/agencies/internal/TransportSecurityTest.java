package org.tangier.agencies.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.testing.TangierTest;

/** Behind TLS (tangier.cookie-secure=true) every answer tells browsers to use HTTPS only, even from a plain proxy hop. */
@TangierTest
@TestPropertySource(properties = "tangier.cookie-secure=true")
class TransportSecurityTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/api/v1/agencies", "/actuator/health", "/v3/api-docs"})
    void everyDoorSendsStrictTransportSecurityBehindTls(String path) throws Exception {
        mvc.perform(get(path)).andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }
}
