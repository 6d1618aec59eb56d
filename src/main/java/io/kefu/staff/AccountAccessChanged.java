package io.kefu.staff;

/**
 * What an account may do changed: it was disabled, its roles changed or its password was
 * changed or reset. Its sessions end on their next request; listeners close what else it
 * holds open (live chat's WebSocket connections).
 *
 * @param agentId the account's agent
 * @param username the account's username as stored
 */
public record AccountAccessChanged(AgentId agentId, String username) {
}
