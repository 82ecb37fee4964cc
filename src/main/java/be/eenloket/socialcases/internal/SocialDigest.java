package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import be.eenloket.identity.Role;
import be.eenloket.identity.StaffAccounts;
import be.eenloket.shared.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily deadline digest: each social worker with an assigned request or follow-up reminder overdue or due within
 * {@link CaseFileOverviews#SOON_DAYS} days, and each head (all of them), receives one e-mail with register numbers,
 * file numbers and dates only (no names, no national register numbers, never what a review is about). Staff accounts
 * carry no e-mail address, so the address of
 * a username comes from configuration ({@code eenloket.socialcases.digest-addresses=user=address,...}); a username
 * without one is logged and skipped. It goes out once a day across instances ({@link DailyJobs}); without an SMTP
 * server ({@code spring.mail.host}) it is logged and skipped.
 */
@Component
class SocialDigest {

	static final String JOB = "socialcases-digest";

	private static final Logger log = LoggerFactory.getLogger(SocialDigest.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	private final JdbcClient jdbc;

	private final StaffAccounts staff;

	private final DailyJobs dailyJobs;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final Map<String, String> addresses;

	SocialDigest(JdbcClient jdbc, StaffAccounts staff, DailyJobs dailyJobs, ObjectProvider<JavaMailSender> mailSender,
			MessageSource messages, Clock clock, @Value("${eenloket.mail.from}") String from,
			@Value("${eenloket.socialcases.digest-addresses:}") String addresses) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.dailyJobs = dailyJobs;
		this.mailSender = mailSender;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
		this.addresses = parse(addresses);
	}

	static Map<String, String> parse(String addresses) {
		var map = new LinkedHashMap<String, String>();
		for (var entry : addresses.split(",")) {
			var pair = entry.split("=", 2);
			if (pair.length == 2 && !pair[0].isBlank() && !pair[1].isBlank()) {
				map.put(pair[0].strip(), pair[1].strip());
			}
		}
		return map;
	}

	@Scheduled(cron = "${eenloket.socialcases.digest-cron:0 0 7 * * *}", zone = "${eenloket.time-zone}")
	void daily() {
		send(LocalDate.now(clock));
	}

	/** A request in the digest: register number and dates only. */
	record Due(String registerNumber, String fileNumber, LocalDate receivedOn, LocalDate decideBy, String worker) {
	}

	/** Sends the digests of the day unless they went out already; whether this call sent them. */
	boolean send(LocalDate day) {
		var sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Social service deadline digest for {} skipped: no SMTP server configured (spring.mail.host)", day);
			return false;
		}
		return dailyJobs.runOnce(JOB, day, () -> {
			for (var message : messages(day)) {
				sender.send(message);
			}
		});
	}

	/** A follow-up reminder in the digest: file number, kind and date only, never what to review. */
	record Reminder(String fileNumber, FollowUp.Kind kind, LocalDate dueOn, String worker) {
	}

	List<SimpleMailMessage> messages(LocalDate day) {
		var soon = day.plusDays(CaseFileOverviews.SOON_DAYS);
		var due = jdbc.sql("""
				select r.register_number, f.file_number, r.received_on, r.decide_by, w.username
				from sc_aid_request r join sc_case_file f on f.id = r.case_file_id
				left join sc_case_worker w on w.case_file_id = r.case_file_id
				where r.status in ('OPEN', 'PROPOSED') and r.decide_by <= :soon
				order by r.decide_by, r.register_number""")
			.param("soon", soon)
			.query((rs, n) -> new Due(rs.getString("register_number"), rs.getString("file_number"),
					rs.getObject("received_on", LocalDate.class), rs.getObject("decide_by", LocalDate.class),
					rs.getString("username")))
			.list();
		var reminders = jdbc.sql("""
				select f.file_number, u.kind, u.due_on, w.username
				from sc_follow_up u join sc_case_file f on f.id = u.case_file_id
				left join sc_case_worker w on w.case_file_id = u.case_file_id
				where u.status = 'OPEN' and u.due_on <= :soon
				order by u.due_on, f.file_number, u.id""")
			.param("soon", soon)
			.query((rs, n) -> new Reminder(rs.getString("file_number"), FollowUp.Kind.valueOf(rs.getString("kind")),
					rs.getObject("due_on", LocalDate.class), rs.getString("username")))
			.list();
		var perUser = new LinkedHashMap<String, List<Due>>();
		var remindersPerUser = new LinkedHashMap<String, List<Reminder>>();
		for (var row : due) {
			if (row.worker() != null) {
				perUser.computeIfAbsent(row.worker(), u -> new ArrayList<>()).add(row);
			}
		}
		for (var row : reminders) {
			if (row.worker() != null) {
				remindersPerUser.computeIfAbsent(row.worker(), u -> new ArrayList<>()).add(row);
				perUser.computeIfAbsent(row.worker(), u -> new ArrayList<>());
			}
		}
		var all = new ArrayList<Due>();
		var seen = new TreeSet<String>();
		for (var row : due) {
			if (seen.add(row.registerNumber())) {
				all.add(row);
			}
		}
		var allReminders = reminders.stream()
			.map(r -> new Reminder(r.fileNumber(), r.kind(), r.dueOn(), null))
			.distinct()
			.toList();
		for (var head : staff.enabledWithRole(Role.SOCIAL_SERVICE_HEAD)) {
			if (!all.isEmpty() || !allReminders.isEmpty()) {
				perUser.put(head, all);
				remindersPerUser.put(head, allReminders);
			}
		}
		var result = new ArrayList<SimpleMailMessage>();
		for (var entry : perUser.entrySet()) {
			var address = addresses.get(entry.getKey());
			if (address == null) {
				log.info("No digest address for {} (eenloket.socialcases.digest-addresses): skipped", entry.getKey());
				continue;
			}
			result.add(message(day, address, entry.getValue(), remindersPerUser.getOrDefault(entry.getKey(), List.of())));
		}
		return result;
	}

	private SimpleMailMessage message(LocalDate day, String address, List<Due> due, List<Reminder> reminders) {
		var overdue = due.stream().filter(d -> d.decideBy().isBefore(day)).toList();
		var soon = due.stream().filter(d -> !d.decideBy().isBefore(day)).toList();
		var text = new StringBuilder(text("digest.intro", DATE.format(day))).append("\n\n");
		section(text, "digest.overdue", overdue);
		section(text, "digest.dueSoon", soon);
		reminders(text, "digest.followUp.overdue", reminders.stream().filter(r -> r.dueOn().isBefore(day)).toList());
		reminders(text, "digest.followUp.dueSoon", reminders.stream().filter(r -> !r.dueOn().isBefore(day)).toList());
		text.append(text("digest.footer")).append('\n');
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		message.setSubject(reminders.isEmpty() ? text("digest.subject", overdue.size(), soon.size(), DATE.format(day))
				: text("digest.followUp.subject", overdue.size(), soon.size(), reminders.size(), DATE.format(day)));
		message.setText(text.toString());
		return message;
	}

	private void reminders(StringBuilder text, String title, List<Reminder> reminders) {
		if (reminders.isEmpty()) {
			return;
		}
		text.append(text(title, reminders.size())).append('\n');
		for (var row : reminders) {
			text.append("- ").append(text("digest.followUp.line", row.fileNumber(), text(row.kind().messageKey()),
					DATE.format(row.dueOn()))).append('\n');
		}
		text.append('\n');
	}

	private void section(StringBuilder text, String title, List<Due> due) {
		text.append(text(title, due.size())).append('\n');
		for (var row : due) {
			text.append("- ").append(text("digest.line", row.registerNumber(), row.fileNumber(),
					DATE.format(row.receivedOn()), DATE.format(row.decideBy()))).append('\n');
		}
		text.append('\n');
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, DUTCH);
	}

}
