/**
 * Background work of the server over shops' business days: periods of days queued in a
 * table, so that a stop loses none, and one paced thread per kind of work that takes
 * them. The figures' recompute and the quality inspection both run on it.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.background;
