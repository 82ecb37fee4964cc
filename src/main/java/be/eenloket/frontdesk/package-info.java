/**
 * The onthaal console: one search, the now board, visitor routing, social-aid request and incoming mail registers.
 * Not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front desk", allowedDependencies = { "shared", "identity", "directory", "organisation" })
package be.eenloket.frontdesk;
