/**
 * Central purchasing for all legal entities: suppliers, budget codes, procedure thresholds and delegations as
 * dated data, purchase requests with their split commitments, visum and approvals, orders, contracts and alerts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchasing",
		allowedDependencies = { "shared", "identity", "organisation", "directory" })
package be.eenloket.purchasing;
