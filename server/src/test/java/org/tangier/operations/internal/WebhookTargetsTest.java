package org.tangier.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which addresses a webhook may reach, by default and with the allow-list. */
class WebhookTargetsTest {

    static final List<String> NOT_PUBLIC = List.of("127.0.0.1", "127.1.2.3", "::1", "0.0.0.0", "0.1.2.3", "::",
            "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.255.254", "169.254.169.254",
            "fe80::1", "fc00::1", "fd12:3456::1", "224.0.0.1", "ff02::1", "255.255.255.255", "240.0.0.1", "198.18.0.1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "192.0.0.8");

    @Test
    void loopbackPrivateLinkLocalAndReservedAddressesAreRefusedByDefault() throws Exception {
        WebhookTargets targets = new WebhookTargets(settings(List.of(), false));
        for (String address : NOT_PUBLIC) {
            assertThat(targets.allows(address, InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : List.of("93.184.215.14", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700::1111")) {
            assertThat(targets.allows(address, InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void theAllowListAdmitsNamedHostsAndRanges() throws Exception {
        WebhookTargets targets = new WebhookTargets(settings(List.of("hooks.bureau.internal", "10.20.0.0/16", "::1"), false));
        InetAddress inside = InetAddress.getByName("10.20.3.4");
        assertThat(targets.allows("10.20.3.4", inside)).isTrue();
        assertThat(targets.allows("10.21.0.1", InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(targets.allows("hooks.bureau.internal", InetAddress.getByName("192.168.7.7"))).isTrue();
        assertThat(targets.allows("other.internal", InetAddress.getByName("192.168.7.7"))).isFalse();
        assertThat(targets.allows("[::1]", InetAddress.getByName("::1"))).isTrue();
        assertThat(new WebhookTargets(settings(List.of(), true)).allows("x", InetAddress.getByName("127.0.0.1"))).isTrue();
    }

    @Test
    void theResolverRefusesANameThatResolvesToLoopbackWhenTheConnectionIsMade() {
        WebhookTargets targets = new WebhookTargets(settings(List.of(), false));
        assertThatThrownBy(() -> targets.resolve("localhost")).isInstanceOf(WebhookTargets.RefusedAddressException.class);
        assertThatThrownBy(() -> targets.resolve("127.0.0.1")).isInstanceOf(WebhookTargets.RefusedAddressException.class);
    }

    @Test
    void aMalformedRangeStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new WebhookTargets(settings(List.of("10.0.0.0/x"), false)))
                .hasMessageContaining("tangier.webhooks.allowed-hosts");
    }

    private static WebhookSettings settings(List<String> hosts, boolean allowPrivate) {
        return new WebhookSettings(null, null, null, null, hosts, allowPrivate);
    }
}
