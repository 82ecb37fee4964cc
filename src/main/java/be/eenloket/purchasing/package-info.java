/**
 * Central purchasing for all legal entities: requests, procedure thresholds, approvals and framework contracts.
 * Not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchasing", allowedDependencies = { "shared", "identity", "organisation" })
package be.eenloket.purchasing;
