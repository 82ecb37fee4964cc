package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.Slugs;
import be.eenloket.directory.internal.Tasks;
import be.eenloket.kernel.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Citizen tasks ("producten"): new, change, retire. */
@Controller
@RequestMapping("/beheer/dienstengids/producten")
class TaskController {

	static final String FORM = "directory/editor/task";

	private final Tasks tasks;

	private final EditorLookups lookups;

	TaskController(Tasks tasks, EditorLookups lookups) {
		this.tasks = tasks;
		this.lookups = lookups;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("task")
	DirectoryData.Task task(@PathVariable(name = "id", required = false) Long id) {
		return id == null ? null : lookups.task(id);
	}

	@GetMapping("/nieuw")
	String newTask(Model model) {
		return show(new TaskForm(), model);
	}

	@PostMapping("/nieuw")
	String create(@Validated @ModelAttribute("form") TaskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form, model);
		}
		var slug = Slugs.of(form.getName());
		try {
			tasks.create(form.values(slug), form.getServicePointIds());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return show(form, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/producten/" + slug;
	}

	@GetMapping("/{id}")
	String edit(@ModelAttribute(name = "task", binding = false) DirectoryData.Task task, Model model) {
		return show(TaskForm.of(task), model);
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute(name = "task", binding = false) DirectoryData.Task task,
			@Validated @ModelAttribute("form") TaskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form, model);
		}
		try {
			tasks.update(task.id(), form.getVersion() == null ? -1 : form.getVersion(), form.values(task.slug()),
					form.getServicePointIds());
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return show(TaskForm.of(lookups.task(task.id())), model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@PostMapping("/{id}/buiten-gebruik")
	String retire(@ModelAttribute(name = "task", binding = false) DirectoryData.Task task, RedirectAttributes redirect) {
		tasks.retire(task.id());
		redirect.addFlashAttribute("saved", "editor.retired");
		return "redirect:/beheer/dienstengids";
	}

	private String show(TaskForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("servicePoints", lookups.activeServicePoints());
		return FORM;
	}

}
