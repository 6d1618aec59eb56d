package io.kefu.followup;

import java.time.Instant;

/** The offline message (留言) an {@code OFFLINE_MESSAGE} follow-up answers. */
public record LeftMessage(long offlineMessageId, String content, Instant leftAt) {
}
