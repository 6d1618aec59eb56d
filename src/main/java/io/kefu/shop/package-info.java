/**
 * Shop knowledge: shops and their platforms, products with parameters, selling points,
 * SKUs and stock, promotions, courier coverage and shipping cut-offs, store policies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access" })
@org.jspecify.annotations.NullMarked
package io.kefu.shop;
