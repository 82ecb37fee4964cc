package be.eenloket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Eén Loket: the portal of a gemeente and OCMW with merged support services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// kernel holds what every module needs and nothing depends on: an allowed dependency of every module
@Modulithic(systemName = "Eén Loket", sharedModules = "kernel")
public class EenLoketApplication {

	public static void main(String[] args) {
		SpringApplication.run(EenLoketApplication.class, args);
	}

}
