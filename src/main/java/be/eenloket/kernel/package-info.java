/**
 * The shared kernel: the few types every module needs and that need nothing themselves, starting with the one way
 * to report a broken rule ({@link be.eenloket.kernel.RuleViolation}). It depends on no module, so every module,
 * {@code identity} included, may use it without a cycle; it is declared a shared module on the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", allowedDependencies = {})
package be.eenloket.kernel;
