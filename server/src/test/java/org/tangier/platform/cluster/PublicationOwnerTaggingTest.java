package org.tangier.platform.cluster;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Each event publication a node creates is written with that node's id, in the same call; the rest is unchanged. */
class PublicationOwnerTaggingTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final EventPublicationRepository repository = mock(EventPublicationRepository.class);
    private final EventPublicationRepository tagging;

    PublicationOwnerTaggingTest() {
        tagging = (EventPublicationRepository) tagged(repository);
    }

    /** What the post-processor makes of a bean, on node b. */
    private Object tagged(Object bean) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("jdbc", jdbc);
        beans.registerSingleton("settings", new ClusterSettings(true, "node-b", null, null, Duration.ofSeconds(30)));
        return new PublicationOwnerTagging(beans.getBeanProvider(JdbcTemplate.class),
                beans.getBeanProvider(ClusterSettings.class)).postProcessAfterInitialization(bean, "bean");
    }

    @Test
    void aCreatedPublicationIsWrittenWithThisNodesId() {
        TargetEventPublication publication = TargetEventPublication.of("an event", PublicationTargetIdentifier.of("listener"));
        when(repository.create(any())).thenReturn(publication);

        assertThat(tagging.create(publication)).isSameAs(publication);

        verify(jdbc).update("update event_publication set node_id = ? where id = ?", "node-b", publication.getIdentifier());
    }

    @Test
    void theRepositoryBehindASpringProxyIsTaggedToo() {
        // the registry's repository reaches the post-processors as a JDK proxy of Spring AOP (transactions)
        org.springframework.aop.framework.ProxyFactory factory = new org.springframework.aop.framework.ProxyFactory(repository);
        factory.addInterface(EventPublicationRepository.class);
        Object springProxy = factory.getProxy();
        assertThat(java.lang.reflect.Proxy.isProxyClass(springProxy.getClass())).isTrue();
        EventPublicationRepository wrapped = (EventPublicationRepository) tagged(springProxy);
        TargetEventPublication publication = TargetEventPublication.of("an event", PublicationTargetIdentifier.of("listener"));
        when(repository.create(any())).thenReturn(publication);

        wrapped.create(publication);

        verify(jdbc).update("update event_publication set node_id = ? where id = ?", "node-b", publication.getIdentifier());
    }

    @Test
    void everyOtherCallGoesToTheRegistrysRepositoryUntouched() {
        UUID id = UUID.randomUUID();
        when(repository.findIncompletePublications()).thenReturn(List.of());

        assertThat(tagging.findIncompletePublications()).isEmpty();
        tagging.deletePublications(List.of(id));

        verify(repository).deletePublications(List.of(id));
        verifyNoInteractions(jdbc);
    }

    @Test
    void otherBeansAreLeftAsTheyAre() {
        Object other = new Object();
        assertThat(tagged(other)).isSameAs(other);
    }
}
