package be.eenloket.identity.web;

import java.security.Principal;

import be.eenloket.identity.Role;
import be.eenloket.identity.internal.AccountForm;
import be.eenloket.identity.internal.AccountManagement;
import be.eenloket.identity.internal.AccountManagement.AccountNotFound;
import be.eenloket.kernel.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
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

/** Administrators create accounts, assign roles and disable accounts. */
@Controller
@RequestMapping("/admin/accounts")
class AccountController {

	static final String LIST = "identity/accounts";

	static final String FORM = "identity/account-form";

	private final AccountManagement management;

	private final java.time.Clock clock;

	AccountController(AccountManagement management, java.time.Clock clock) {
		this.management = management;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", management.all());
		model.addAttribute("now", clock.instant());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("account", new AccountForm());
		model.addAttribute("editing", false);
		return FORM;
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, AccountForm.Creating.class }) @ModelAttribute("account") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("editing", false);
		if (!result.hasFieldErrors("password") && (form.getPassword() == null || form.getPassword().isEmpty())) {
			result.rejectValue("password", "account.password.required");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			var account = management.create(form);
			redirect.addFlashAttribute("saved", account.getUsername());
			return "redirect:/admin/accounts";
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return FORM;
		}
		catch (DataIntegrityViolationException duplicate) {
			result.rejectValue("username", "account.username.taken");
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		var account = management.find(id).orElseThrow(() -> new AccountNotFound(id));
		model.addAttribute("account", AccountForm.of(account));
		model.addAttribute("accountId", id);
		model.addAttribute("editing", true);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("account") AccountForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		var current = management.find(id).orElseThrow(() -> new AccountNotFound(id));
		form.setUsername(current.getUsername());
		model.addAttribute("accountId", id);
		model.addAttribute("editing", true);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			var account = management.update(id, form, principal.getName());
			redirect.addFlashAttribute("saved", account.getUsername());
			return "redirect:/admin/accounts";
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return FORM;
		}
		catch (OptimisticLockingFailureException concurrent) {
			// Show what is saved now, so the administrator can redo the change knowingly.
			var latest = management.find(id).orElseThrow(() -> new AccountNotFound(id));
			var fresh = AccountForm.of(latest);
			model.addAttribute("account", fresh);
			model.addAttribute("concurrentEdit", true);
			return FORM;
		}
	}

}
