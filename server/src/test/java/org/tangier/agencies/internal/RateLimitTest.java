package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

class RateLimitTest {

    private final RateLimits limits = new RateLimits(new RateLimitSettings(3, 2, 2, 1));
    private final ProblemResponses problems = new ProblemResponses();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void loginsOverTheAddressLimitGet429ProblemWithRetryAfterAndOtherAddressesGoOn() throws Exception {
        RateLimitFilter filter = RateLimitFilter.logins(limits, problems);
        for (int i = 0; i < 3; i++) {
            assertThat(run(filter, login("10.1.1.1")).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = run(filter, login("10.1.1.1"));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        assertThat(run(filter, login("10.1.1.2")).getStatus()).isEqualTo(200);
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
        page.setRemoteAddr("10.1.1.1");
        assertThat(run(filter, page).getStatus()).as("showing the form is not an attempt").isEqualTo(200);
    }

    @Test
    void screeningOverTheCallerLimitGets429AndOtherCallersAndPathsGoOn() throws Exception {
        RateLimitFilter filter = RateLimitFilter.screening(limits, problems);
        as("terminal-1");
        assertThat(run(filter, new MockHttpServletRequest("POST", "/api/v1/screening/documents")).getStatus()).isEqualTo(200);
        assertThat(run(filter, new MockHttpServletRequest("POST", "/match/default")).getStatus()).isEqualTo(200);
        // the bucket refills 2 a second: a burst of 50 finds it empty however slow this machine is
        MockHttpServletResponse refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            MockHttpServletResponse response = run(filter, new MockHttpServletRequest("POST", "/api/v1/screening/names"));
            if (response.getStatus() != 200) {
                refused = response;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(run(filter, new MockHttpServletRequest("GET", "/api/v1/records/persons")).getStatus()).isEqualTo(200);
        as("terminal-2");
        assertThat(run(filter, new MockHttpServletRequest("POST", "/api/v1/screening/documents")).getStatus()).isEqualTo(200);
    }

    @Test
    void loginsPerAccountAreLimitedWhateverTheAddress() {
        assertThat(limits.loginAs("user-1")).isEmpty();
        assertThat(limits.loginAs("user-1")).isEmpty();
        assertThat(limits.loginAs("user-1")).isPresent();
        assertThat(limits.loginAs("user-2")).isEmpty();
    }

    private static MockHttpServletRequest login(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/token");
        request.setRemoteAddr(address);
        return request;
    }

    private static void as(String id) {
        Caller caller = new Caller(Caller.Kind.CLIENT, id, "terminal", "MA", EnumSet.of(Role.BORDER_OFFICER));
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller, Authorities.complete(caller)));
    }

    private static MockHttpServletResponse run(RateLimitFilter filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
