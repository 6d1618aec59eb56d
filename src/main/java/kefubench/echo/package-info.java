/**
 * The bare Spring STOMP endpoint that {@code bench chat} measures beside Kefu as the
 * floor of what this machine does. It lives outside {@code io.kefu} so that Kefu's
 * component scan and module checks never see it.
 */
@org.jspecify.annotations.NullMarked
package kefubench.echo;
