package io.kefu.shop;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's default courier (默认快递) and alternatives, the places each courier does not
 * reach, and the daily shipping cut-off: orders paid before it leave the same day.
 */
public record CourierSetting(String defaultCourier, List<String> alternatives, Map<String, Set<String>> notReached,
		LocalTime shippingCutoff) {

	public CourierSetting {
		alternatives = List.copyOf(alternatives);
		notReached = Map.copyOf(notReached);
	}

	public boolean reaches(String courier, String place) {
		return !notReached.getOrDefault(courier, Set.of()).contains(place);
	}
}
