package be.eenloket;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure is the architecture: verified on every build and documented in docs/modules. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(EenLoketApplication.class);

	@Test
	void modulesOnlyUseWhatTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void theSevenModulesAndTheKernelExist() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"directory", "organisation", "frontdesk", "socialcases", "purchasing", "identity", "shared", "kernel");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml();
	}

}
