/**
 * Staff accounts, roles, login, the URL access policy and the audit log that every module writes to.
 * Citizens are anonymous; only staff have accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {})
package be.eenloket.identity;
