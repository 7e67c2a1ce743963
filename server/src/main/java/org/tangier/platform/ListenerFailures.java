package org.tangier.platform;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * A failed event listener is logged once, as a warning without stack trace: Spring Modulith has already kept its
 * event publication incomplete (it is resubmitted at the next start) and logged that, so the default handler's
 * ERROR with a full stack trace only repeated it — in the log of every passing build whose fault tests block a
 * delivery on purpose. The trace stays available at DEBUG. Any other async failure keeps its ERROR and trace.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailures implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return ListenerFailures::failed;
    }

    static void failed(Throwable e, Method method, Object... arguments) {
        String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (method.isAnnotationPresent(ApplicationModuleListener.class)) {
            log.warn("Listener {} failed, its event stays to be resubmitted: {}", listener, e.toString());
            log.debug("Listener {} failed", listener, e);
        } else {
            log.error("Asynchronous {} failed", listener, e);
        }
    }
}
