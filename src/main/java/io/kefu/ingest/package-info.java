/**
 * Imports of what the marketplaces export: order reports, chat records and quick phrases,
 * in their real encodings and quirks, streamed, idempotent, with a clear error for every
 * line that cannot be read.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "customer", "database", "order", "reception", "scripts", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.ingest;
