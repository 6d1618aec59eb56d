/**
 * Who is calling and what they may do: the roles, the caller's identity as read from the
 * security context, and the checks every page and endpoint makes. Accounts themselves
 * live in the staff module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package io.kefu.access;
