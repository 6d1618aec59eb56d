/**
 * The script library (话术库): groups of house scripts with shortcut codes and variants, and
 * later the suggested replies chosen from it.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.scripts;
