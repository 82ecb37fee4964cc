/**
 * Public location directory: buildings, floors, service points, opening hours, relocations and the citizen task
 * catalogue, with the public search. Service points belong to organisational units of the organogram.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "identity", "organisation" })
package be.eenloket.directory;
