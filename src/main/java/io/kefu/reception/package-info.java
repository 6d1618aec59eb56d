/**
 * Conversations with buyers: threads of messages, live chat (conversations, routing to
 * agents, auto-replies, transfers with handover notes, offline messages, presence), and
 * later the reception flow and the archive.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.reception;
