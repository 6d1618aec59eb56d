/**
 * Agents (客服) of each shop: their roles, skill group, certification and log-in accounts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "shop" })
@org.jspecify.annotations.NullMarked
package io.kefu.staff;
