package io.kefu.quality;

/**
 * How much a rule hit matters: a slip of style, a missed step of the reception, or a
 * breach of the marketplace's rules or the advertising law that a supervisor must see.
 */
public enum Severity {

	MINOR, MAJOR, SEVERE

}
