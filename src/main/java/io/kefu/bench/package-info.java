/**
 * The benchmarks and the live-chat load client ({@code java -jar kefu.jar bench …}):
 * tools around the server that measure the modules through their public APIs. Nothing in
 * the server depends on this package, and the server's component scan skips it
 * ({@code KefuApplication}): its measurements are beans only in the context a
 * {@code bench} command starts, which registers the one it runs.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.bench;
