package be.eenloket.purchasing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import be.eenloket.shared.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily e-mail to the purchasing service with the contract alerts of the day (end within 90 days, notice
 * deadline within 60 days, consumption from 80 %). It goes out once a day however many instances run
 * ({@link DailyJobs}); without an SMTP server ({@code spring.mail.host}) or recipients it is logged and skipped.
 */
@Component
class ContractDigest {

	static final String JOB = "purchasing-contract-digest";

	private static final Logger log = LoggerFactory.getLogger(ContractDigest.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

	private final PurchasingReads reads;

	private final DailyJobs dailyJobs;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	private final String from;

	private final List<String> recipients;

	ContractDigest(PurchasingReads reads, DailyJobs dailyJobs, ObjectProvider<JavaMailSender> mailSender, Clock clock,
			@Value("${eenloket.mail.from}") String from,
			@Value("${eenloket.purchasing.alert-recipients:}") String recipients) {
		this.reads = reads;
		this.dailyJobs = dailyJobs;
		this.mailSender = mailSender;
		this.clock = clock;
		this.from = from;
		this.recipients = Arrays.stream(recipients.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	@Scheduled(cron = "${eenloket.purchasing.digest-cron:0 0 7 * * *}", zone = "${eenloket.time-zone}")
	void daily() {
		send(LocalDate.now(clock));
	}

	/** Sends the digest of the day unless it went out already; whether this call sent it. */
	boolean send(LocalDate day) {
		var sender = mailSender.getIfAvailable();
		if (sender == null || recipients.isEmpty()) {
			log.info("Contract alert digest for {} skipped: {}", day,
					sender == null ? "no SMTP server configured (spring.mail.host)" : "no recipients (eenloket.purchasing.alert-recipients)");
			return false;
		}
		var alerts = reads.alertsOn(day);
		if (alerts.isEmpty()) {
			log.debug("No contract alerts on {}", day);
			return false;
		}
		return dailyJobs.runOnce(JOB, day, () -> sender.send(message(day, alerts)));
	}

	private SimpleMailMessage message(LocalDate day, List<PurchasingReads.Alert> alerts) {
		var text = new StringBuilder("Signalen bij contracten op ").append(DATE.format(day)).append(":\n\n");
		for (var alert : alerts) {
			var contract = alert.contract();
			text.append("- ").append(contract.reference()).append(" ").append(contract.title()).append(" (")
				.append(contract.supplier()).append("): ");
			switch (alert.kind()) {
				case END -> text.append("loopt af op ").append(DATE.format(alert.date())).append(", nog ")
					.append(alert.days()).append(" dagen");
				case NOTICE -> text.append("opzeggen uiterlijk op ").append(DATE.format(alert.date())).append(", nog ")
					.append(alert.days()).append(" dagen; anders wordt het stilzwijgend verlengd");
				case CONSUMPTION -> text.append(alert.days()).append(" % van het maximumbedrag is verbruikt");
			}
			text.append('\n');
		}
		text.append("\nDe contracten staan in Eén Loket onder Aankoop, Contracten.\n");
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(recipients.toArray(String[]::new));
		message.setSubject("Contracten: " + alerts.size() + " signalen op " + DATE.format(day));
		message.setText(text.toString());
		return message;
	}

}
