/**
 * The common organogram of gemeente and OCMW: units, positions, staff assignments and dated reorganisations.
 * Not built yet; it must never depend on the directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "shared", "identity" })
package be.eenloket.organisation;
