/**
 * Training and certification (培训与上岗, seed 000 客服的培训流程, seed 001 3.2–3.9): hire-class
 * plans day by day, typing tests, quizzes from the shop's own catalogue, mystery-shopper
 * sessions and the trainer's go-live decision.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "customer", "quality", "reception", "scripts", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.training;
