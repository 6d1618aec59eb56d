package io.kefu.ingest.internal;

/**
 * One quick phrase of a list: its group, shortcut code (may be empty), text, image
 * reference and team flag.
 */
record ExportedPhrase(long line, String group, String code, String text, String image, boolean team) {
}
