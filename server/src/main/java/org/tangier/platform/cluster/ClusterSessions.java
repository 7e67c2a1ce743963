package org.tangier.platform.cluster;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * In a cluster, a browser's next request may reach another node: its session lives in the shared database
 * (Spring Session JDBC; tables {@code spring_session*}, V81), with the same cookie and timeout as the servlet session
 * of a single node. A single node keeps the servlet container's in-memory sessions, as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
@EnableJdbcHttpSession(tableName = "spring_session")
class ClusterSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:TANGIER_SESSION}") String name,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure);
        // the servlet container's session id is not base64: keep the cookie value as it is
        cookie.setUseBase64Encoding(false);
        return cookie;
    }
}
