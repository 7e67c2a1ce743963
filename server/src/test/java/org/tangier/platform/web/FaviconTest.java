package org.tangier.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.testing.TangierTest;

/** The browser tab shows Tangier's icon, on the login page already: no 404 in the log for every first visit. */
@TangierTest
class FaviconTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theIconIsServedWithoutLoginAndLinkedFromEveryPage() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/x-icon"));
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\"")));
    }
}
