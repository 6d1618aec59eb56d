/**
 * Conversations with buyers: threads of messages, and later routing, auto-replies,
 * transfers, the reception flow, handover notes and the archive.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.reception;
