/**
 * The onthaal console: one search, the now board, visitor routing, social-aid request and incoming mail registers.
 * A registered social-aid request is handed to the social service as a {@link
 * be.eenloket.frontdesk.SocialAidRequestRegistered} event; that event and its {@link
 * be.eenloket.frontdesk.SocialAidRequestType} form the {@code events} named interface,
 * the only part of the front desk the social service may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front desk", allowedDependencies = { "shared", "identity", "directory", "organisation" })
package be.eenloket.frontdesk;
