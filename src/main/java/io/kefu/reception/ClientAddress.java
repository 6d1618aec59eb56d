package io.kefu.reception;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The network address a visitor's request came from, as the limits per address count it:
 * an IPv4 address as it is, an IPv6 address by its /64 network, since one client commonly
 * holds a whole /64 and could otherwise take a new address for every request.
 *
 * @param value {@code 203.0.113.7} or {@code 2001:db8:1:2::/64}
 */
public record ClientAddress(String value) {

	private static final int IPV6_NETWORK_BYTES = 8;

	public ClientAddress {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A client address is not blank");
		}
	}

	/**
	 * @param remoteAddress the request's remote address, an IP literal (never a host
	 * name, so nothing is looked up)
	 */
	public static ClientAddress of(String remoteAddress) {
		if (remoteAddress == null || !remoteAddress.contains(":")) {
			return new ClientAddress(remoteAddress == null ? "unknown" : remoteAddress);
		}
		try {
			int zone = remoteAddress.indexOf('%');
			InetAddress address = InetAddress.getByName(zone < 0 ? remoteAddress : remoteAddress.substring(0, zone));
			if (address instanceof Inet6Address) {
				byte[] network = Arrays.copyOf(address.getAddress(), 16);
				Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
				return new ClientAddress(InetAddress.getByAddress(network).getHostAddress() + "/64");
			}
			return new ClientAddress(address.getHostAddress());
		}
		catch (UnknownHostException ex) {
			return new ClientAddress(remoteAddress);
		}
	}

}
