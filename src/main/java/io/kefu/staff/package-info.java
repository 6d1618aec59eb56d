/**
 * Agents (客服) of each shop: their roles, skill group, certification and log-in accounts.
 */
@org.jspecify.annotations.NullMarked
package io.kefu.staff;
