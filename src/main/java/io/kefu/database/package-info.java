/**
 * Where Kefu's data lives: the embedded PostgreSQL started by the application itself, or
 * an external PostgreSQL given by {@code KEFU_DB_URL}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package io.kefu.database;
