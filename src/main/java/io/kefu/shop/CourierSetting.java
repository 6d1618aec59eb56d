package io.kefu.shop;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The shop's default courier (默认快递) and alternatives, the places each courier does not
 * reach, and the daily shipping cut-off: orders paid before it leave the same day.
 */
public record CourierSetting(String defaultCourier, List<String> alternatives, Map<String, Set<String>> notReached,
		LocalTime shippingCutoff) {

	public static final int MAX_NAME = 20;

	public static final int MAX_COURIERS = 12;

	public static final int MAX_PLACES = 60;

	public CourierSetting {
		alternatives = List.copyOf(alternatives);
		notReached = Map.copyOf(notReached);
	}

	/**
	 * A setting as people enter it: names trimmed, the default left out of the
	 * alternatives, blank places dropped; refuses what cannot be stored, naming the field
	 * ({@code alternatives[1]}, {@code notReached.中通}).
	 */
	public static CourierSetting of(@Nullable String defaultCourier, @Nullable List<String> alternatives,
			@Nullable Map<String, ? extends @Nullable Iterable<String>> notReached,
			@Nullable LocalTime shippingCutoff) {
		String main = KnowledgeText.required("defaultCourier", defaultCourier, MAX_NAME);
		Set<String> others = new LinkedHashSet<>();
		List<String> given = alternatives == null ? List.of() : alternatives;
		for (int i = 0; i < given.size(); i++) {
			String name = KnowledgeText.optional("alternatives[" + i + "]", given.get(i), MAX_NAME);
			if (!name.isEmpty() && !name.equals(main)) {
				others.add(name);
			}
		}
		if (others.size() + 1 > MAX_COURIERS) {
			throw new InvalidKnowledgeException("alternatives", "are at most " + (MAX_COURIERS - 1));
		}
		if (shippingCutoff == null) {
			throw new InvalidKnowledgeException("shippingCutoff", "is required (HH:mm)");
		}
		Map<String, Set<String>> places = new LinkedHashMap<>();
		if (notReached != null) {
			notReached.forEach((courier, named) -> {
				String field = "notReached." + courier;
				if (!courier.equals(main) && !others.contains(courier)) {
					throw new InvalidKnowledgeException(field, "names no courier of the shop");
				}
				Set<String> set = new TreeSet<>();
				if (named != null) {
					named.forEach(place -> {
						String taken = KnowledgeText.optional(field, place, MAX_NAME);
						if (!taken.isEmpty()) {
							set.add(taken);
						}
					});
				}
				if (set.size() > MAX_PLACES) {
					throw new InvalidKnowledgeException(field, "lists at most " + MAX_PLACES + " places");
				}
				if (!set.isEmpty()) {
					places.put(courier, set);
				}
			});
		}
		return new CourierSetting(main, new ArrayList<>(others), places, shippingCutoff.withSecond(0).withNano(0));
	}

	/** The default courier first, then the alternatives. */
	public List<String> couriers() {
		List<String> all = new ArrayList<>();
		all.add(defaultCourier);
		all.addAll(alternatives);
		return all;
	}

	public boolean reaches(String courier, String place) {
		return !notReached.getOrDefault(courier, Set.of()).contains(place);
	}

	/**
	 * How far the courier reaches into a province: not at all when the province itself is
	 * excluded, in part when a place in it is (青海玉树 in 青海).
	 */
	public Coverage coverage(String courier, String province) {
		Set<String> excluded = notReached.getOrDefault(courier, Set.of());
		if (excluded.contains(province)) {
			return Coverage.NONE;
		}
		return excluded.stream().anyMatch(place -> place.startsWith(province)) ? Coverage.PARTIAL : Coverage.FULL;
	}

	/** A courier's reach in one province. */
	public enum Coverage {

		FULL, PARTIAL, NONE

	}
}
