package be.eenloket.purchasing.web;

import be.eenloket.purchasing.internal.PurchasingReads;
import be.eenloket.purchasing.internal.RequestStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The purchaser's dashboard: requests per status and the contract alerts of the day. */
@Controller
class DashboardController {

	static final String DASHBOARD = "purchasing/dashboard";

	static final int SHOWN_ALERTS = 25;

	private final PurchasingReads reads;

	DashboardController(PurchasingReads reads) {
		this.reads = reads;
	}

	@GetMapping("/aankoop")
	String dashboard(Model model) {
		var counts = new java.util.LinkedHashMap<RequestStatus, Long>();
		var all = reads.countsByStatus();
		for (var status : RequestStatus.values()) {
			counts.put(status, all.getOrDefault(status, 0L));
		}
		model.addAttribute("counts", counts);
		var alerts = reads.alerts();
		// the most urgent first; the full list is the contracts page
		model.addAttribute("alerts", alerts.subList(0, Math.min(SHOWN_ALERTS, alerts.size())));
		model.addAttribute("alertCount", alerts.size());
		model.addAttribute("endDays", PurchasingReads.END_ALERT_DAYS);
		model.addAttribute("noticeDays", PurchasingReads.NOTICE_ALERT_DAYS);
		return DASHBOARD;
	}

}
