package be.eenloket.purchasing.web;

import be.eenloket.purchasing.internal.PurchasingReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The purchaser's dashboard: requests per status and the contract alerts of the day. */
@Controller
class DashboardController {

	static final String DASHBOARD = "purchasing/dashboard";

	private final PurchasingReads reads;

	DashboardController(PurchasingReads reads) {
		this.reads = reads;
	}

	@GetMapping("/aankoop")
	String dashboard(Model model) {
		model.addAttribute("counts", reads.countsByStatus());
		model.addAttribute("alerts", reads.alerts());
		model.addAttribute("endDays", PurchasingReads.END_ALERT_DAYS);
		model.addAttribute("noticeDays", PurchasingReads.NOTICE_ALERT_DAYS);
		return DASHBOARD;
	}

}
