/**
 * Social case files of the OCMW social service with their legal deadlines and the BCSD. Need-to-know access;
 * other modules only hand requests to it through events. Not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social cases", allowedDependencies = { "shared", "identity" })
package be.eenloket.socialcases;
