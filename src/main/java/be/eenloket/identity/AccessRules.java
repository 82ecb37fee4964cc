package be.eenloket.identity;

import java.util.List;

/**
 * Implemented once by every module that maps URLs: the module's part of the access policy. Rules are matched
 * in order, first within a module and then across modules in bean order, and the first matching rule decides.
 * A mapped URL that no rule covers is refused, and {@code AccessPolicyTests} fails the build for it.
 */
public interface AccessRules {

	List<AccessRule> rules();

}
