package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each wanted column is in one file, found from its header row through the aliases.
 */
final class ColumnIndex {

	private final Map<Column, Integer> positions;

	private ColumnIndex(Map<Column, Integer> positions) {
		this.positions = positions;
	}

	/**
	 * @throws MissingColumnsException naming the missing required columns and the headers
	 * that were found
	 */
	static ColumnIndex of(List<Column> columns, List<String> headerRow) {
		Map<String, Integer> byHeader = new HashMap<>();
		for (int i = 0; i < headerRow.size(); i++) {
			byHeader.putIfAbsent(Column.normalise(headerRow.get(i)), i);
		}
		Map<Column, Integer> positions = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (Column column : columns) {
			column.aliases()
				.stream()
				.map(byHeader::get)
				.filter(Objects::nonNull)
				.findFirst()
				.ifPresentOrElse(position -> positions.put(column, position), () -> {
					if (column.required()) {
						missing.add(String.join("/", column.aliases()));
					}
				});
		}
		if (!missing.isEmpty()) {
			throw new MissingColumnsException(missing, headerRow.stream().map(Column::normalise).toList());
		}
		return new ColumnIndex(positions);
	}

	boolean has(Column column) {
		return positions.containsKey(column);
	}

	/**
	 * The raw cell of the column in a row; empty when the file lacks the column or the
	 * row is short.
	 */
	String cell(List<String> row, Column column) {
		Integer position = positions.get(column);
		return position == null || position >= row.size() ? "" : row.get(position);
	}

}
