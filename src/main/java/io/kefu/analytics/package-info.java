/**
 * Service figures (客服数据): sessionising threads into question runs and receptions,
 * response times, inquiries and conversion, crediting orders to agents, sales and
 * refunds, per agent and shop against the shop's targets. The calculators are plain Java
 * in {@code internal}; their output is kept as fact rows, recomputed for the business
 * days that new or changed messages and orders touch.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "background", "customer", "ingest", "order", "reception", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.analytics;
