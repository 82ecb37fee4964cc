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
@Modulithic(systemName = "Eén Loket")
public class EenLoketApplication {

	public static void main(String[] args) {
		SpringApplication.run(EenLoketApplication.class, args);
	}

}
