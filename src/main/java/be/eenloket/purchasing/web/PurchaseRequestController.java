package be.eenloket.purchasing.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.BudgetCode;
import be.eenloket.purchasing.internal.Categories;
import be.eenloket.purchasing.internal.DecisionBody;
import be.eenloket.purchasing.internal.MasterData;
import be.eenloket.purchasing.internal.Procedure;
import be.eenloket.purchasing.internal.PurchaseRequest;
import be.eenloket.purchasing.internal.PurchasingReads;
import be.eenloket.purchasing.internal.PurchasingWorkflow;
import be.eenloket.purchasing.internal.Reason;
import be.eenloket.purchasing.internal.RequestShare;
import be.eenloket.purchasing.internal.RequestStatus;
import be.eenloket.purchasing.internal.Visum;
import be.eenloket.purchasing.web.RequestForms.LineRow;
import be.eenloket.purchasing.web.RequestForms.RequestForm;
import be.eenloket.purchasing.web.RequestForms.StepForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Purchase requests: the list, the request form, the detail page and each step of the workflow. */
@Controller
@RequestMapping("/aankoop/aanvragen")
class PurchaseRequestController {

	static final String LIST = "purchasing/requests";

	static final String FORM = "purchasing/request-form";

	static final String DETAIL = "purchasing/request";

	static final String STEP = "purchasing/request-step";

	static final int ORDER_LINES = 5;

	private final PurchasingWorkflow workflow;

	private final PurchasingReads reads;

	private final MasterData masterData;

	private final DirectoryCatalog directory;

	private final OrderDocuments documents;

	PurchaseRequestController(PurchasingWorkflow workflow, PurchasingReads reads, MasterData masterData,
			DirectoryCatalog directory, OrderDocuments documents) {
		this.documents = documents;
		this.workflow = workflow;
		this.reads = reads;
		this.masterData = masterData;
		this.directory = directory;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		// a hand-made request with share rows[9999] is bounded by Spring's limit of 256 collection rows; a lower limit
		// would have to be set before the shared InputBindingAdvice registers its text editor, so not here
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam Optional<String> status, @RequestParam(name = "pagina", defaultValue = "0") int page,
			Model model) {
		var actor = CurrentActor.get();
		var chosen = status.filter(value -> Arrays.stream(RequestStatus.values()).anyMatch(s -> s.name().equals(value)))
			.map(RequestStatus::valueOf);
		Optional<List<Long>> units = actor.limitedToOwnUnits()
				? Optional.of(workflow.ownUnits(actor).stream().map(unit -> unit.id().value()).toList()) : Optional.empty();
		model.addAttribute("page", reads.requests(chosen, units, page));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("status", chosen.orElse(null));
		model.addAttribute("ownUnitsOnly", actor.limitedToOwnUnits());
		return LIST;
	}

	// --- the request form

	@GetMapping("/nieuw")
	String createForm(Model model) {
		model.addAttribute("form", new RequestForm());
		return form(model);
	}

	private String form(Model model) {
		var actor = CurrentActor.get();
		var units = workflow.ownUnits(actor);
		model.addAttribute("units", units);
		model.addAttribute("categories", Categories.DIVISIONS);
		var entities = units.stream().flatMap(unit -> unit.legalEntities().stream()).distinct().toList();
		model.addAttribute("budgetCodes", masterData.budgetCodesFrom(workflow.today().getYear()).stream()
			.filter(code -> entities.contains(code.getLegalEntityCode())).toList());
		model.addAttribute("vatRates", List.of("0", "6", "12", "21"));
		return FORM;
	}

	@PostMapping("/nieuw")
	String create(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model);
		}
		try {
			var request = workflow.submit(new PurchasingWorkflow.Submission(
					new PurchaseRequest.Draft(form.getTitle(), form.getCategory(), form.getEstimatedValue(),
							form.getVatRate(), form.getDesiredDate(), form.getJustification()),
					form.getUnitId(), form.isByPercentage(),
					form.getShares().stream().map(RequestForms.ShareRow::getBudgetCodeId).toList(),
					form.getShares().stream().map(RequestForms.ShareRow::getValue).toList(), form.getFormToken()),
					CurrentActor.get());
			reads.refreshAlerts();
			redirect.addFlashAttribute("saved", "submitted");
			return "redirect:/aankoop/aanvragen/" + request.getId();
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return form(model);
		}
	}

	// --- the detail page

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		describe(workflow.request(id, CurrentActor.get()), model);
		return DETAIL;
	}

	private void describe(PurchaseRequest request, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("category", Categories.label(request.getCategory()));
		model.addAttribute("proposalReason", Reason.decode(request.getProcedure().getProposalReason()));
		model.addAttribute("splitReason", Reason.decode(request.getProcedure().getSplitReason()));
		Map<Long, String> codes = new LinkedHashMap<>();
		for (var share : request.getShares()) {
			codes.put(share.getBudgetCodeId(), masterData.budgetCode(share.getBudgetCodeId()).map(BudgetCode::label).orElse("?"));
		}
		model.addAttribute("budgetCodes", codes);
		Map<String, List<DecisionBody>> bodies = new LinkedHashMap<>();
		for (var share : request.getShares()) {
			bodies.put(share.getLegalEntityCode(), workflow.competentBodies(share));
		}
		model.addAttribute("competentBodies", bodies);
		model.addAttribute("supplier", request.getOrder() == null ? null
				: masterData.findSupplier(request.getOrder().getSupplierId()).orElse(null));
		model.addAttribute("check", workflow.threeWayCheck(request));
		model.addAttribute("tolerance", workflow.tolerancePercent());
	}

	@GetMapping("/{id}/bestelbon.pdf")
	org.springframework.http.ResponseEntity<byte[]> orderPdf(@PathVariable long id) {
		return documents.render(workflow.request(id, CurrentActor.get()));
	}

	// --- the steps

	/** A step's form; the step is the last segment of the mapped path (each step has a rule of its own). */
	@GetMapping({ "/{id}/procedure", "/{id}/visum", "/{id}/goedkeuring", "/{id}/beslissing", "/{id}/bestelling",
			"/{id}/levering", "/{id}/factuur", "/{id}/intrekken" })
	String stepForm(@PathVariable long id, HttpServletRequest request, Model model) {
		var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return step(id, pattern.substring(pattern.lastIndexOf('/') + 1), null, model);
	}

	@PostMapping("/{id}/procedure")
	String procedure(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "procedure", form, result, model, redirect, () -> workflow.confirmProcedure(id, version(form),
				procedure(form.getProcedure()), form.getSplitJustification(), form.isRouteToCouncil()));
	}

	@PostMapping("/{id}/visum")
	String visum(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "visum", form, result, model, redirect, () -> workflow.visum(id, version(form),
				form.getLegalEntity(), parse(Visum.class, form.getDecision(), "decision", "purchasing.visum.decisionRequired"),
				form.getRemark(), CurrentActor.get()));
	}

	@PostMapping("/{id}/goedkeuring")
	String approve(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "goedkeuring", form, result, model, redirect, () -> {
			if (refusing(form)) {
				workflow.refuse(id, version(form), form.getLegalEntity(), DecisionBody.ALGEMEEN_DIRECTEUR, form.getRemark());
			}
			else {
				workflow.approveAsGeneralDirector(id, version(form), form.getLegalEntity(), CurrentActor.get());
			}
		});
	}

	@PostMapping("/{id}/beslissing")
	String decision(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "beslissing", form, result, model, redirect, () -> {
			var body = parse(DecisionBody.class, form.getBody(), "body", "purchasing.decision.body");
			if (refusing(form)) {
				workflow.refuse(id, version(form), form.getLegalEntity(), body, form.getRemark());
			}
			else {
				workflow.recordDecision(id, version(form), form.getLegalEntity(), body, form.getDecisionDate(),
						form.getDecisionNumber(), CurrentActor.get());
			}
		});
	}

	@PostMapping("/{id}/bestelling")
	String order(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "bestelling", form, result, model, redirect, () -> workflow.order(id, version(form),
				form.getSupplierId(), form.getLines().stream().filter(line -> !line.isEmpty())
					.map(line -> new PurchaseRequest.LineDraft(line.getDescription(), line.getQuantity(), line.getUnitPrice()))
					.toList(),
				form.getBuildingId(), form.getContractId()));
	}

	@PostMapping("/{id}/levering")
	String delivery(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "levering", form, result, model, redirect,
				() -> workflow.registerDelivery(id, version(form), form.getReceived()));
	}

	@PostMapping("/{id}/factuur")
	String invoice(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "factuur", form, result, model, redirect, () -> workflow.registerInvoice(id, version(form),
				form.getSupplierReference(), form.getInvoiceDate(), form.getAmount(), CurrentActor.get()));
	}

	@PostMapping("/{id}/intrekken")
	String cancel(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, "intrekken", form, result, model, redirect,
				() -> workflow.cancel(id, version(form), form.getRemark()));
	}

	/** Shows a step's form: the request as it is now and, unless given, a form with its defaults. */
	private String step(long id, String step, StepForm given, Model model) {
		var request = workflow.request(id, CurrentActor.get());
		describe(request, model);
		var form = given;
		if (form == null) {
			form = new StepForm();
			form.setProcedure(request.getProcedure().getProposed() == null ? null : request.getProcedure().getProposed().name());
			var pending = request.getShares().stream()
				.filter(share -> "visum".equals(step) ? share.getVisum() == Visum.PENDING : !share.isApproved())
				.map(RequestShare::getLegalEntityCode).findFirst();
			form.setLegalEntity(pending.orElse(null));
			form.setDecisionDate(workflow.today());
			form.setInvoiceDate(workflow.today());
			for (var line : request.getLines()) {
				form.getReceived().add(line.getQuantity());
			}
		}
		form.setVersion(request.getVersion());
		while (form.getLines().size() < ORDER_LINES) {
			form.getLines().add(new LineRow());
		}
		model.addAttribute("form", form);
		model.addAttribute("step", step);
		model.addAttribute("procedures", Procedure.values());
		model.addAttribute("visumDecisions", List.of(Visum.GIVEN, Visum.CONDITIONAL, Visum.REFUSED));
		model.addAttribute("meetingBodies", Arrays.stream(DecisionBody.values()).filter(DecisionBody::meets).toList());
		if ("bestelling".equals(step)) {
			model.addAttribute("suppliers", masterData.suppliers());
			model.addAttribute("buildings", directory.buildings());
			model.addAttribute("contracts", reads.contracts(workflow.today()));
		}
		return STEP;
	}

	/** Runs a step: a broken rule shows by its field, a colleague's earlier change (or a double click) is explained. */
	private String act(long id, String step, StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Runnable action) {
		workflow.request(id, CurrentActor.get());
		if (!result.hasErrors()) {
			try {
				action.run();
				reads.refreshAlerts();
				redirect.addFlashAttribute("saved", step);
				return "redirect:/aankoop/aanvragen/" + id;
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
			catch (OptimisticLockingFailureException concurrent) {
				model.addAttribute("concurrentEdit", true);
				return step(id, step, null, model);
			}
		}
		var version = form.getVersion();
		step(id, step, form, model);
		form.setVersion(version);
		return STEP;
	}

	/** On the approval and decision steps, {@code decision=REFUSE} refuses instead of approving. */
	private static boolean refusing(StepForm form) {
		return "REFUSE".equals(form.getDecision());
	}

	private static long version(StepForm form) {
		return form.getVersion() == null ? -1 : form.getVersion();
	}

	private static Procedure procedure(String name) {
		return parse(Procedure.class, name, "procedure", "purchasing.procedure.required");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name, String field, String key) {
		try {
			return Enum.valueOf(type, name == null ? "" : name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new RuleViolation(field, key);
		}
	}

}
