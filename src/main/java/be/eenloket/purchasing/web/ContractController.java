package be.eenloket.purchasing.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.Categories;
import be.eenloket.purchasing.internal.Contract;
import be.eenloket.purchasing.internal.ContractManagement;
import be.eenloket.purchasing.internal.ContractTerms;
import be.eenloket.purchasing.internal.MasterData;
import be.eenloket.purchasing.internal.Procedure;
import be.eenloket.purchasing.internal.PurchasingReads;
import be.eenloket.purchasing.internal.PurchasingWorkflow;
import be.eenloket.shared.LegalEntities;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Framework agreements and maintenance contracts: list with their deadlines and consumption, new, detail, edit. */
@Controller
@RequestMapping("/aankoop/contracten")
class ContractController {

	static final String LIST = "purchasing/contracts";

	static final String FORM = "purchasing/contract-form";

	static final String DETAIL = "purchasing/contract";

	private final ContractManagement management;

	private final PurchasingReads reads;

	private final PurchasingWorkflow workflow;

	private final MasterData masterData;

	private final LegalEntities legalEntities;

	ContractController(ContractManagement management, PurchasingReads reads, PurchasingWorkflow workflow,
			MasterData masterData, LegalEntities legalEntities) {
		this.management = management;
		this.reads = reads;
		this.workflow = workflow;
		this.masterData = masterData;
		this.legalEntities = legalEntities;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("contracts", reads.contracts(workflow.today()));
		return LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		var contract = management.contract(id);
		var today = workflow.today();
		model.addAttribute("contract", contract);
		model.addAttribute("row", reads.contracts(today).stream().filter(row -> row.id() == id).findFirst().orElseThrow());
		model.addAttribute("supplier", masterData.supplier(contract.getSupplierId()));
		model.addAttribute("category", Categories.label(contract.getCategory()));
		return DETAIL;
	}

	@GetMapping("/nieuw")
	String createForm(Model model) {
		model.addAttribute("form", new ContractForm());
		return form(model, null);
	}

	@PostMapping("/nieuw")
	String create(@Valid @ModelAttribute("form") ContractForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			var contract = management.create(values(form));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/aankoop/contracten/" + contract.getId();
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
		}
		catch (DataIntegrityViolationException duplicate) {
			result.rejectValue("reference", "purchasing.contract.reference.taken");
		}
		return form(model, null);
	}

	@GetMapping("/{id}/wijzigen")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", ContractForm.of(management.contract(id)));
		return form(model, id);
	}

	@PostMapping("/{id}/wijzigen")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ContractForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		management.contract(id);
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			management.update(id, form.getVersion() == null ? -1 : form.getVersion(), values(form));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/aankoop/contracten/" + id;
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("form", ContractForm.of(management.contract(id)));
			model.addAttribute("concurrentEdit", true);
		}
		catch (DataIntegrityViolationException duplicate) {
			result.rejectValue("reference", "purchasing.contract.reference.taken");
		}
		return form(model, id);
	}

	private Contract.Values values(ContractForm form) {
		var kind = Arrays.stream(Contract.Kind.values()).filter(k -> k.name().equals(form.getKind())).findFirst()
			.orElseThrow(() -> new RuleViolation("kind", "purchasing.contract.kind.invalid"));
		var procedure = Arrays.stream(Procedure.values()).filter(p -> p.name().equals(form.getProcedure())).findFirst()
			.orElseThrow(() -> new RuleViolation("procedure", "purchasing.procedure.required"));
		var supplier = masterData.findSupplier(form.getSupplierId())
			.orElseThrow(() -> new RuleViolation("supplierId", "purchasing.contract.supplier.invalid"));
		RuleViolation.require(!form.isTacitRenewal() || form.getRenewalMonths() != null, "renewalMonths",
				"purchasing.contract.renewalMonths");
		var entities = new TreeSet<String>();
		for (var code : form.getLegalEntities()) {
			var upper = code.toUpperCase(Locale.ROOT);
			RuleViolation.require(legalEntities.byCode(upper).isPresent(), "legalEntities", "purchasing.contract.entities.invalid");
			entities.add(upper);
		}
		var terms = new ContractTerms(form.getStartDate(), form.getEndDate(),
				form.isTacitRenewal() ? form.getRenewalMonths() : null, form.getNoticeMonths());
		return new Contract.Values(form.getReference(), form.getTitle(), kind, supplier, form.getCategory(), entities,
				terms, form.getMaxAmount(), procedure, form.getLongJustification());
	}

	private String form(Model model, Long id) {
		model.addAttribute("contractId", id);
		model.addAttribute("kinds", Contract.Kind.values());
		model.addAttribute("suppliers", masterData.suppliers());
		model.addAttribute("categories", Categories.DIVISIONS);
		model.addAttribute("entities", legalEntities.active());
		model.addAttribute("procedures", Procedure.values());
		return FORM;
	}

}
