package io.kefu.shop.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.shop.CourierSetting;
import io.kefu.shop.InvalidKnowledgeException;

import org.jspecify.annotations.Nullable;

/**
 * The courier form: one row per courier, the default first, each with the places it does
 * not reach typed as a list (新疆、西藏); blank rows are ignored.
 */
class CourierForm {

	/** Rows offered empty for new couriers. */
	static final int BLANK_ROWS = 2;

	private List<Row> rows = new ArrayList<>();

	private @Nullable String shippingCutoff;

	static CourierForm of(@Nullable CourierSetting setting) {
		CourierForm form = new CourierForm();
		if (setting != null) {
			for (String courier : setting.couriers()) {
				form.rows.add(new Row(courier,
						String.join("、", setting.notReached().getOrDefault(courier, java.util.Set.of()))));
			}
			form.shippingCutoff = setting.shippingCutoff().toString();
		}
		else {
			form.shippingCutoff = LocalTime.of(16, 0).toString();
		}
		return form.withBlankRows();
	}

	CourierForm withBlankRows() {
		rows.removeIf(Row::isBlank);
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new Row("", ""));
		}
		return this;
	}

	CourierSetting toSetting() {
		List<Row> filled = rows.stream().filter(row -> !row.isBlank()).toList();
		if (filled.isEmpty() || filled.get(0).name.isBlank()) {
			throw new InvalidKnowledgeException("defaultCourier", "must not be blank");
		}
		Map<String, List<String>> places = new LinkedHashMap<>();
		List<String> alternatives = new ArrayList<>();
		for (int i = 0; i < filled.size(); i++) {
			Row row = filled.get(i);
			String name = row.name.strip();
			if (name.isEmpty()) {
				throw new InvalidKnowledgeException("rows", "a row names places without a courier");
			}
			if (i > 0) {
				alternatives.add(name);
			}
			places.put(name, Arrays.stream(row.places.split("[、,，;；\\s]+")).filter(p -> !p.isBlank()).toList());
		}
		return CourierSetting.of(filled.get(0).name, alternatives, places,
				KnowledgeInput.time("shippingCutoff", shippingCutoff));
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	public @Nullable String getShippingCutoff() {
		return shippingCutoff;
	}

	public void setShippingCutoff(@Nullable String shippingCutoff) {
		this.shippingCutoff = shippingCutoff;
	}

	/** One courier and the places it does not reach. */
	public static class Row {

		private String name = "";

		private String places = "";

		public Row() {
		}

		Row(String name, String places) {
			this.name = name;
			this.places = places;
		}

		boolean isBlank() {
			return name.isBlank() && places.isBlank();
		}

		public String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name == null ? "" : name;
		}

		public String getPlaces() {
			return places;
		}

		public void setPlaces(@Nullable String places) {
			this.places = places == null ? "" : places;
		}

	}

}
