package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.kefu.ingest.ImportError;

/**
 * Where each wanted column is in one file, found from its header row through the aliases.
 */
final class ColumnIndex {

	private final Map<Column, Integer> positions;

	private final List<String> headers;

	private final BitSet read = new BitSet();

	private ColumnIndex(Map<Column, Integer> positions, List<String> headers) {
		this.positions = positions;
		this.headers = headers;
		positions.values().forEach(read::set);
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
		return new ColumnIndex(positions, headerRow.stream().map(Column::normalise).toList());
	}

	/**
	 * The first control character in a cell of a column that is read, with the header of
	 * its column; other columns are never stored, so what they hold does not matter.
	 */
	Optional<ControlCharacter> controlCharacter(List<String> row) {
		int position = read.nextSetBit(0);
		while (position >= 0 && position < row.size()) {
			int character = ControlCharacters.first(row.get(position));
			if (character >= 0) {
				return Optional.of(new ControlCharacter(headers.get(position), character));
			}
			position = read.nextSetBit(position + 1);
		}
		return Optional.empty();
	}

	/** A control character found in the column with this header. */
	record ControlCharacter(String header, int character) {

		ImportError error(String file, long line) {
			return ControlCharacters.error(file, line, header, character);
		}

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
