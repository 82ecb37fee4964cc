/**
 * Social case files of the OCMW social service, starting with the intake inbox: the social-aid requests the front
 * desk registers arrive here through events, the only front-desk types it may use (the {@code frontdesk::events}
 * named interface). Need-to-know access; every read of a person's data is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social cases", allowedDependencies = { "shared", "identity", "frontdesk::events" })
package be.eenloket.socialcases;
