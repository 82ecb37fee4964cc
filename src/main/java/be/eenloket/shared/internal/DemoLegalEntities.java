package be.eenloket.shared.internal;

import be.eenloket.shared.EnterpriseNumber;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo gemeente and OCMW, with fictional but valid enterprise numbers. */
@Component
@Profile("demo")
@Order(20)
class DemoLegalEntities implements ApplicationRunner {

	private final LegalEntityManagement management;

	DemoLegalEntities(LegalEntityManagement management) {
		this.management = management;
	}

	@Override
	public void run(ApplicationArguments args) {
		management.ensure("GEM", "Gemeente Maldegem", EnterpriseNumber.parse("0207.436.280").orElseThrow());
		management.ensure("OCMW", "OCMW Maldegem", EnterpriseNumber.parse("0212.689.128").orElseThrow());
	}

}
