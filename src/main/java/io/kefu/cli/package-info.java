/**
 * The command line ({@code java -jar kefu.jar …}): {@code serve}, the default, starts the
 * web application; {@code demo}, {@code import}, {@code figures}, {@code scripts},
 * {@code quality} and {@code bench} are tools around it. Nothing in the server depends on
 * this package.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.cli;
