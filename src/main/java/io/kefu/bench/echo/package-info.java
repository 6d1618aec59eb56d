/**
 * The bare Spring STOMP endpoint that {@code bench chat} measures beside Kefu as the
 * floor of what this machine does. Its configuration and controller are annotated as
 * Spring's are; the server never sees them because its component scan skips
 * {@code io.kefu.bench} ({@code KefuApplication}).
 */
@org.jspecify.annotations.NullMarked
package io.kefu.bench.echo;
