/**
 * The small shared kernel: legal entities (besturen), value types, the Clock, the page layout, languages
 * and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", allowedDependencies = "identity")
package be.eenloket.shared;
