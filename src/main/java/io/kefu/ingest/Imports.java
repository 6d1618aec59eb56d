package io.kefu.ingest;

import java.nio.file.Path;

import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/** Imports the files the marketplaces export into a shop. */
public interface Imports {

	/**
	 * Imports one file in one transaction. By default a file with any rejected line is
	 * not applied at all; with {@code skipBadLines} the good lines are applied and the
	 * rejected ones reported. Importing the same file again changes nothing.
	 * @param name the file's name as the user knows it, for messages
	 * @param kind the kind, or null to detect it
	 */
	FileReport importFile(ShopId shopId, Path file, String name, @Nullable ImportKind kind, boolean skipBadLines);

}
