/**
 * The demo shop 视谱台灯旗舰店: a realistic catalogue, staff and 30 days of history, generated
 * deterministically from a seed, at any scale for benchmarks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "analytics", "appraisal", "customer",
		"followup", "order", "reception", "scripts", "shop", "staff", "training", "workforce" })
@org.jspecify.annotations.NullMarked
package io.kefu.demo;
