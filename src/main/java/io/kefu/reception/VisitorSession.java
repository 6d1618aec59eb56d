package io.kefu.reception;

import java.time.Instant;

/**
 * What a buyer gets on opening the chat: the token to send as {@code Bearer} (HTTP) or in
 * the {@code token} header of STOMP CONNECT, and the nick they are known by.
 */
public record VisitorSession(String token, long shopId, long buyerId, String nickname, Instant expiresAt) {
}
