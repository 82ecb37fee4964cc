package be.eenloket.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.internal.Snapshot;
import be.eenloket.organisation.internal.Snapshots;
import be.eenloket.organisation.internal.StaffManagement;
import be.eenloket.shared.LegalEntities;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff directory for logged-in staff, and the secretariat's person forms. */
@Controller
class StaffDirectoryController {

	static final String LIST = "organisation/people";

	static final String PERSON = "organisation/person";

	static final String FORM = "organisation/person-form";

	/** A person with where they work today. */
	public record PersonView(Snapshot.Person person, List<Placement> placements) {
	}

	public record Placement(Snapshot.Unit unit, Snapshot.Position position, Snapshot.Assignment assignment) {
	}

	private final Snapshots snapshots;

	private final StaffManagement staff;

	private final LegalEntities legalEntities;

	private final Clock clock;

	StaffDirectoryController(Snapshots snapshots, StaffManagement staff, LegalEntities legalEntities, Clock clock) {
		this.snapshots = snapshots;
		this.staff = staff;
		this.legalEntities = legalEntities;
		this.clock = clock;
	}

	@GetMapping("/organogram/medewerkers")
	String list(@RequestParam(name = "q", required = false) String query, Model model) {
		var snapshot = snapshots.asOf(LocalDate.now(clock));
		var q = query == null ? "" : query.strip();
		var needle = q.toLowerCase(Locale.ROOT);
		var people = snapshot.people().values().stream()
			.map(person -> view(snapshot, person))
			.filter(view -> needle.isEmpty() || matches(view, needle))
			.sorted(Comparator.comparing((PersonView view) -> view.person().lastName()).thenComparing(view -> view.person().firstName()))
			.limit(200)
			.toList();
		model.addAttribute("q", q);
		model.addAttribute("people", people);
		return LIST;
	}

	@GetMapping("/organogram/medewerkers/{id}")
	String person(@PathVariable long id, Model model) {
		var snapshot = snapshots.asOf(LocalDate.now(clock));
		var person = snapshot.people().get(id);
		if (person == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("view", view(snapshot, person));
		model.addAttribute("totalFte", snapshot.totalFte(id));
		return PERSON;
	}

	@GetMapping("/organogram/medewerkers/nieuw")
	String createForm(Model model) {
		return showForm(new PersonForm(), null, model);
	}

	@PostMapping("/organogram/medewerkers/nieuw")
	String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		try {
			var id = staff.createPerson(form.getFirstName(), form.getLastName(), form.getWorkEmail(), form.getInternalPhone(),
					form.getEmployer(), form.getAccountUsername());
			redirect.addFlashAttribute("saved", "person.saved");
			return "redirect:/organogram/medewerkers/" + id;
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showForm(form, null, model);
		}
	}

	@GetMapping("/organogram/medewerkers/{id}/wijzigen")
	String editForm(@PathVariable long id, Model model) {
		var person = snapshots.people().get(id);
		if (person == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return showForm(PersonForm.of(person), id, model);
	}

	@PostMapping("/organogram/medewerkers/{id}/wijzigen")
	String update(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (snapshots.people().get(id) == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (result.hasErrors()) {
			return showForm(form, id, model);
		}
		try {
			staff.updatePerson(id, form.getVersion() == null ? -1 : form.getVersion(), form.getFirstName(),
					form.getLastName(), form.getWorkEmail(), form.getInternalPhone(), form.getEmployer(),
					form.getAccountUsername());
			redirect.addFlashAttribute("saved", "person.saved");
			return "redirect:/organogram/medewerkers/" + id;
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showForm(form, id, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return showForm(PersonForm.of(snapshots.people().get(id)), id, model);
		}
	}

	private String showForm(PersonForm form, Long id, Model model) {
		model.addAttribute("personForm", form);
		model.addAttribute("personId", id);
		model.addAttribute("entities", legalEntities.active());
		return FORM;
	}

	private static PersonView view(Snapshot snapshot, Snapshot.Person person) {
		var placements = snapshot.assignmentsOf(person.id()).stream()
			.map(assignment -> {
				var position = snapshot.positions().get(assignment.positionId());
				return new Placement(snapshot.units().get(position.unitId()), position, assignment);
			})
			.filter(placement -> placement.unit() != null)
			.toList();
		return new PersonView(person, placements);
	}

	private static boolean matches(PersonView view, String needle) {
		var person = view.person();
		return (person.firstName() + " " + person.lastName()).toLowerCase(Locale.ROOT).contains(needle)
				|| (person.workEmail() != null && person.workEmail().toLowerCase(Locale.ROOT).contains(needle))
				|| view.placements().stream().anyMatch(placement -> placement.unit().name().toLowerCase(Locale.ROOT).contains(needle)
						|| placement.unit().code().toLowerCase(Locale.ROOT).equals(needle));
	}

	/** The person form. */
	public static class PersonForm {

		@NotBlank(message = "{person.firstName.required}")
		@Size(max = 80, message = "{person.name.size}")
		private String firstName;

		@NotBlank(message = "{person.lastName.required}")
		@Size(max = 80, message = "{person.name.size}")
		private String lastName;

		@Size(max = 200, message = "{person.workEmail.format}")
		private String workEmail;

		@Size(max = 20, message = "{person.internalPhone.size}")
		private String internalPhone;

		@NotBlank(message = "{person.employer.required}")
		private String employer;

		@Size(max = 60, message = "{person.account.format}")
		private String accountUsername;

		private Long version;

		static PersonForm of(Snapshot.Person person) {
			var form = new PersonForm();
			form.firstName = person.firstName();
			form.lastName = person.lastName();
			form.workEmail = person.workEmail();
			form.internalPhone = person.internalPhone();
			form.employer = person.employer();
			form.accountUsername = person.accountUsername();
			form.version = person.version();
			return form;
		}

		public String getFirstName() {
			return firstName;
		}

		public void setFirstName(String firstName) {
			this.firstName = firstName;
		}

		public String getLastName() {
			return lastName;
		}

		public void setLastName(String lastName) {
			this.lastName = lastName;
		}

		public String getWorkEmail() {
			return workEmail;
		}

		public void setWorkEmail(String workEmail) {
			this.workEmail = workEmail;
		}

		public String getInternalPhone() {
			return internalPhone;
		}

		public void setInternalPhone(String internalPhone) {
			this.internalPhone = internalPhone;
		}

		public String getEmployer() {
			return employer;
		}

		public void setEmployer(String employer) {
			this.employer = employer;
		}

		public String getAccountUsername() {
			return accountUsername;
		}

		public void setAccountUsername(String accountUsername) {
			this.accountUsername = accountUsername;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
