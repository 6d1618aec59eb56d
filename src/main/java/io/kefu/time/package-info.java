/**
 * The time Kefu runs on: one {@link java.time.Clock} bean that every module takes in its
 * constructor, so that tests set the time through the same seam. A shared module, part of
 * every module test.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.time;
