/**
 * The people-facing frame of Kefu: language, the page layout and its model, sign-in, the
 * home page and the friendly error pages that every capability's pages live in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "analytics", "appraisal", "demo",
		"followup", "order", "quality", "reception", "shop", "staff", "training" })
@org.jspecify.annotations.NullMarked
package io.kefu.web;
