/**
 * The people-facing frame of Kefu: language, the page layout and its model, sign-in, the
 * home page and the friendly error pages that every capability's pages live in.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "demo", "order", "reception", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.web;
