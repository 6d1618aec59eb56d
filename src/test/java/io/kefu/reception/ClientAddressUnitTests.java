package io.kefu.reception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressUnitTests {

	@Test
	void anIpv4AddressCountsAsItIs() {
		assertThat(ClientAddress.of("203.0.113.7").value()).isEqualTo("203.0.113.7");
	}

	@Test
	void anIpv6AddressCountsByItsSlash64() {
		ClientAddress one = ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
		ClientAddress other = ClientAddress.of("2001:db8:1:2::9");

		assertThat(one).isEqualTo(other);
		assertThat(one.value()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(ClientAddress.of("2001:db8:1:3::9")).isNotEqualTo(one);
	}

	@Test
	void anIpv4AddressMappedIntoIpv6IsTheIpv4Address() {
		assertThat(ClientAddress.of("::ffff:203.0.113.7").value()).isEqualTo("203.0.113.7");
	}

	@Test
	void aZoneOfALinkLocalAddressIsIgnored() {
		assertThat(ClientAddress.of("fe80::1%eth0").value()).isEqualTo("fe80:0:0:0:0:0:0:0/64");
	}

}
