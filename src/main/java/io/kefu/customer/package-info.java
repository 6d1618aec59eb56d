/**
 * Buyers (买家) of each shop: who they are, how to reach them, and later their tags, groups
 * and activity.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.customer;
