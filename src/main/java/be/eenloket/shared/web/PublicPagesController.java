package be.eenloket.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement (the home page belongs to the directory). */
@Controller
class PublicPagesController {

	static final String ACCESSIBILITY = "shared/accessibility";

	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return ACCESSIBILITY;
	}

}
