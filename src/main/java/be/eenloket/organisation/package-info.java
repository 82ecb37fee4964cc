/**
 * The common organogram of gemeente and OCMW: units, positions, staff assignments and dated reorganisations, the
 * org chart, cost-share report and staff directory. Other modules read it through {@link
 * be.eenloket.organisation.OrganisationChart}; it must never depend on the directory (which implements {@link
 * be.eenloket.organisation.UnitServicePoints} to show a unit's desks).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "shared", "identity" })
package be.eenloket.organisation;
