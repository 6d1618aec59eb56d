/**
 * Conversations with buyers: threads of messages, live chat (conversations, routing to
 * agents, auto-replies, transfers with handover notes, offline messages, presence), and
 * later the reception flow and the archive.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "background", "customer", "order", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.reception;
