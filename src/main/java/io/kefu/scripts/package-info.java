/**
 * The script library (话术库): groups of house scripts with shortcut codes, keywords and
 * variants used in turn per agent, and the replies suggested from it for a buyer's
 * message.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.scripts;
