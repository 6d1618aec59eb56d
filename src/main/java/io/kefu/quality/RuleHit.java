package io.kefu.quality;

/**
 * A rule broken by one message of a transcript.
 *
 * @param messageIndex the message's position in the transcript; rules about the whole
 * reception point at the agent message that completes them
 * @param weight the points the hit takes from the score
 */
public record RuleHit(Rule rule, int messageIndex, Severity severity, int weight) {
}
