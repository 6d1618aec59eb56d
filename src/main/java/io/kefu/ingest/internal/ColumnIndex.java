package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each wanted column is in one file, found from its header row through the aliases. */
final class ColumnIndex<C extends Enum<C> & ColumnAliases> {

	private final Map<C, Integer> positions;

	private ColumnIndex(Map<C, Integer> positions) {
		this.positions = positions;
	}

	/**
	 * @throws MissingColumnsException naming the missing required columns and the headers that were found
	 */
	static <C extends Enum<C> & ColumnAliases> ColumnIndex<C> of(Class<C> columns, List<String> headerRow) {
		Map<String, Integer> byHeader = new HashMap<>();
		for (int i = 0; i < headerRow.size(); i++) {
			byHeader.putIfAbsent(ColumnAliases.normalise(headerRow.get(i)), i);
		}
		Map<C, Integer> positions = new EnumMap<>(columns);
		List<String> missing = new ArrayList<>();
		for (C column : columns.getEnumConstants()) {
			Optional<Integer> position = column.aliases().stream().map(byHeader::get).filter(p -> p != null).findFirst();
			position.ifPresent(p -> positions.put(column, p));
			if (position.isEmpty() && column.required()) {
				missing.add(String.join("/", column.aliases()));
			}
		}
		if (!missing.isEmpty()) {
			throw new MissingColumnsException(missing, headerRow.stream().map(ColumnAliases::normalise).toList());
		}
		return new ColumnIndex<>(positions);
	}

	boolean has(C column) {
		return positions.containsKey(column);
	}

	/** The raw cell of the column in a row; empty when the file lacks the column or the row is short. */
	String cell(List<String> row, C column) {
		Integer position = positions.get(column);
		return position == null || position >= row.size() ? "" : row.get(position);
	}
}
