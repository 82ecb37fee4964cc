package be.eenloket.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import be.eenloket.organisation.internal.UnitManagement;
import be.eenloket.organisation.internal.UnitValues;
import be.eenloket.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The organisation module on its own (with shared and identity, which it uses) and the events it publishes. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class OrganisationModuleTests {

	@Autowired
	UnitManagement units;

	@Test
	void closingAUnitTellsOtherModulesFromWhichDateItNoLongerExists(Scenario scenario) {
		var code = "EVT" + System.nanoTime() % 1_000_000;
		var closedOn = LocalDate.of(2027, 2, 1);
		var unit = units.create(code, new UnitValues("Dienst Die Sluit", UnitType.DIENST, null, List.of("GEM"), null, null,
				null), LocalDate.of(2020, 1, 1));

		scenario.stimulate(() -> units.close(unit, closedOn))
			.andWaitForEventOfType(OrganisationUnitClosed.class)
			.matching(event -> event.unit().value() == unit)
			.toArriveAndVerify(event -> assertThat(event.closedOn()).isEqualTo(closedOn));
	}

}
