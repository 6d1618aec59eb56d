/**
 * Orders (订单): items, payment, refunds, the seller's flag and remarks, and later change
 * and cancel requests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "customer", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.order;
