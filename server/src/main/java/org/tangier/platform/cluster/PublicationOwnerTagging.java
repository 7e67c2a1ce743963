package org.tangier.platform.cluster;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Writes this node's id beside each event publication it creates ({@code event_publication.node_id}, V130), in the
 * publishing transaction: the registry's table is shared by the nodes, and {@code platform.EventResubmission} hands
 * again only a node's own publications (docs/cluster.md, "Resubmission"). Wraps the registry's repository; every
 * other call goes to it unchanged.
 */
final class PublicationOwnerTagging implements BeanPostProcessor {

    private final ObjectProvider<JdbcTemplate> jdbc;
    private final ObjectProvider<ClusterSettings> settings;

    PublicationOwnerTagging(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<ClusterSettings> settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        // the registry's repository is usually a Spring AOP proxy already (a JDK proxy too): wrapped all the same
        if (!(bean instanceof EventPublicationRepository repository)) {
            return bean;
        }
        return Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
                new Class<?>[] {EventPublicationRepository.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if ("create".equals(method.getName()) && result instanceof TargetEventPublication created) {
                        jdbc.getObject().update("update event_publication set node_id = ? where id = ?",
                                settings.getObject().nodeId(), created.getIdentifier());
                    }
                    return result;
                });
    }
}
