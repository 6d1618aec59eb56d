/**
 * The live-chat load benchmark's client ({@code bench chat}): buyers and agents speaking
 * {@code docs/chat.md}'s STOMP protocol over real WebSockets, thousands of them in one
 * JVM, with the latencies they see. Plain Java (java.net.http and a small STOMP codec),
 * no Spring, so that it runs in a JVM of its own beside the server it measures.
 */
@org.springframework.modulith.NamedInterface("load")
@org.jspecify.annotations.NullMarked
package io.kefu.bench.load;
