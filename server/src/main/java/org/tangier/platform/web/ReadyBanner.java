package org.tangier.platform.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells the operator where to log in once the server answers. */
@Component
@Order(0)
class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            System.out.printf("%nTangier is ready. Log in at http://localhost:%d/login  (API docs: http://localhost:%d/swagger-ui.html)%n",
                    port, port);
        }
    }
}
