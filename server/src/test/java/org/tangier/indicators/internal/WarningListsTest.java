package org.tangier.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped MISP warning lists hold what they say, and only for the kinds they name. */
class WarningListsTest {

    final WarningLists lists = new WarningLists();

    @Test
    void privateLoopbackAndResolverAddressesAreOnAList() {
        assertThat(lists.match("ip-address", "10.20.30.40")).isPresent();
        assertThat(lists.match("ip-address", "172.31.255.1")).isPresent();
        assertThat(lists.match("ip-address", "127.0.0.1")).isPresent();
        assertThat(lists.match("ip-address", "::1")).isPresent();
        assertThat(lists.match("ip-address", "8.8.8.8")).contains("Public DNS resolvers");
        assertThat(lists.match("ip-address", "2606:4700:4700::1111")).contains("Public DNS resolvers");
    }

    @Test
    void addressesJustOutsideTheRangesAreNot() {
        assertThat(lists.match("ip-address", "172.32.0.1")).isEmpty();
        assertThat(lists.match("ip-address", "8.8.8.9")).isEmpty();
        assertThat(lists.match("ip-address", "198.51.100.7")).isEmpty();
        assertThat(lists.match("ip-address", "11.0.0.1")).isEmpty();
    }

    @Test
    void aProviderDomainAndItsSubdomainsAreOnAListButLookalikesAndEmailAddressesAreNot() {
        assertThat(lists.match("domain", "google.com")).isPresent();
        assertThat(lists.match("domain", "mail.Google.com")).isPresent();
        assertThat(lists.match("domain", "google.com.evil.example")).isEmpty();
        assertThat(lists.match("domain", "notgoogle.com")).isEmpty();
        assertThat(lists.match("email", "someone@gmail.com")).isEmpty();
        assertThat(lists.match("ip-address", "google.com")).isEmpty();
        assertThat(lists.match("crypto-wallet", "8.8.8.8")).isEmpty();
    }
}
