package be.eenloket.organisation.web;

import java.time.Clock;

import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.UnitServicePoints;
import be.eenloket.organisation.internal.Snapshots;
import be.eenloket.shared.LegalEntities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The organogram for staff: the tree and unit pages, as of any date. */
@Controller
class OrganogramController {

	static final String TREE = "organisation/tree";

	static final String UNIT = "organisation/unit";

	private final Snapshots snapshots;

	private final LegalEntities legalEntities;

	private final ObjectProvider<UnitServicePoints> servicePoints;

	private final Clock clock;

	OrganogramController(Snapshots snapshots, LegalEntities legalEntities,
			ObjectProvider<UnitServicePoints> servicePoints, Clock clock) {
		this.snapshots = snapshots;
		this.legalEntities = legalEntities;
		this.servicePoints = servicePoints;
		this.clock = clock;
	}

	@GetMapping("/organogram")
	String tree(@RequestParam(name = "datum", required = false) String datum, Model model) {
		var asOf = AsOfDate.parse(datum, clock);
		var snapshot = snapshots.asOf(asOf.date());
		model.addAttribute("asOf", asOf);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("tree", snapshot.treeOrder());
		model.addAttribute("entities", legalEntities.active());
		return TREE;
	}

	@GetMapping("/organogram/eenheden/{id}")
	String unit(@PathVariable long id, @RequestParam(name = "datum", required = false) String datum, Model model) {
		var asOf = AsOfDate.parse(datum, clock);
		var snapshot = snapshots.asOf(asOf.date());
		var unit = snapshot.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("asOf", asOf);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.parentId() == null ? null : snapshot.unit(unit.parentId()).orElse(null));
		model.addAttribute("children", snapshot.children(id));
		model.addAttribute("head", snapshot.lead(id, PositionKind.HEAD).orElse(null));
		model.addAttribute("deputy", snapshot.lead(id, PositionKind.DEPUTY).orElse(null));
		model.addAttribute("holdings", snapshot.holdings(id));
		model.addAttribute("fteByEmployer", snapshot.fteByEmployer(id));
		model.addAttribute("history", snapshots.history(id));
		model.addAttribute("servicePoints", servicePoints.orderedStream()
			.flatMap(provider -> provider.servicePointsOf(new OrganisationUnitId(id)).stream())
			.toList());
		return UNIT;
	}

}
