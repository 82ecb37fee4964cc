package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;

import be.eenloket.identity.Role;
import be.eenloket.identity.StaffAccounts;
import be.eenloket.shared.DailyJobs;
import be.eenloket.support.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily deadline digest goes through a real SMTP server (GreenMail), once a day however often triggered. */
@IntegrationTest
class SocialDigestTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	StaffAccounts staff;

	@Autowired
	DailyJobs dailyJobs;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	SocialDigest digest(JavaMailSender sender, String addresses) {
		var beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("mailSender", sender);
		}
		return new SocialDigest(jdbc, staff, dailyJobs, beans.getBeanProvider(JavaMailSender.class), messages, clock,
				"eenloket@maldegem.example", addresses);
	}

	@Test
	void eachWorkerAndTheHeadReceiveOneDigestWithTheirRegisterNumbersWhenTriggeredTwice() throws Exception {
		var today = LocalDate.now(clock);
		jdbc.sql("delete from daily_job_run where job = ?").param(SocialDigest.JOB).update();
		var anna = "digest-anna-" + UUID.randomUUID().toString().substring(0, 6);
		var bert = "digest-bert-" + UUID.randomUUID().toString().substring(0, 6);
		var annaOverdue = open(anna, today.minusDays(40));
		var annaSoon = open(anna, today.minusDays(27));
		var annaLater = open(anna, today.minusDays(2));
		var bertSoon = open(bert, today.minusDays(26));
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		var digest = digest(sender, anna + "=anna@maldegem.example, " + bert + "=bert@maldegem.example,"
				+ " hoofdsocialedienst=hoofd@maldegem.example");

		assertThat(digest.send(today)).isTrue();
		assertThat(digest.send(today)).as("a second trigger, as from a second instance").isFalse();

		var annaMail = only("anna@maldegem.example");
		var annaText = annaMail.getContent().toString();
		assertThat(annaMail.getSubject()).startsWith("Sociale dienst: ");
		assertThat(annaText).contains("Over tijd (1):", "Te beslissen binnen 5 dagen (1):", annaOverdue, annaSoon)
			.doesNotContain(annaLater, bertSoon, "Test", "Persoon", "1980");
		var bertText = only("bert@maldegem.example").getContent().toString();
		assertThat(bertText).contains(bertSoon).doesNotContain(annaOverdue, annaSoon);
		var headText = only("hoofd@maldegem.example").getContent().toString();
		assertThat(headText).contains(annaOverdue, annaSoon, bertSoon).doesNotContain(annaLater);
	}

	@Autowired
	FollowUps followUps;

	@Test
	void followUpRemindersReachTheirWorkerAndTheHeadWithFileNumbersAndDatesOnly() throws Exception {
		var today = LocalDate.now(clock);
		var day = today.plusDays(12);
		jdbc.sql("delete from daily_job_run where job = ?").param(SocialDigest.JOB).update();
		var cleo = "digest-cleo-" + UUID.randomUUID().toString().substring(0, 6);
		var register = open(cleo, today.minusDays(1));
		var fileId = jdbc.sql("select case_file_id from sc_aid_request where register_number = ?").param(register)
			.query(Long.class).single();
		var cleoViewer = new Viewer(cleo, EnumSet.of(Role.SOCIAL_WORKER));
		followUps.planReview(fileId, version(fileId), today.plusDays(10), "Schulden Vrxq nakijken", cleoViewer);
		followUps.planReview(fileId, version(fileId), today.plusDays(15), "Inkomen Vrxq nakijken", cleoViewer);
		followUps.planReview(fileId, version(fileId), today.plusDays(40), "Later Vrxq", cleoViewer);
		var fileNumber = jdbc.sql("select file_number from sc_case_file where id = ?").param(fileId)
			.query(String.class).single();
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());

		assertThat(digest(sender, cleo + "=cleo@maldegem.example, hoofdsocialedienst=hoofd@maldegem.example").send(day))
			.isTrue();

		// on the day of the digest the first review is two days overdue, the second due in three
		var cleoMail = only("cleo@maldegem.example");
		assertThat(cleoMail.getSubject()).startsWith("Sociale dienst: 0 aanvragen over tijd, 0 binnenkort te beslissen, 2 herinneringen");
		var cleoText = cleoMail.getContent().toString();
		assertThat(cleoText).contains("Opvolging over tijd (1):", "Opvolging binnen 5 dagen (1):",
				"dossier " + fileNumber + ": Herziening op", "Over tijd (0):")
			.doesNotContain("Vrxq", "Test", "Persoon", register);
		var headText = only("hoofd@maldegem.example").getContent().toString();
		assertThat(headText).contains("dossier " + fileNumber + ": Herziening op").doesNotContain("Vrxq");
	}

	private long version(long fileId) {
		return jdbc.sql("select version from sc_case_file where id = ?").param(fileId).query(Long.class).single();
	}

	@Test
	void withoutAnSmtpServerTheDigestIsSkippedAndTheDayStaysOpen() {
		var day = LocalDate.now(clock).plusDays(3);
		assertThat(digest(null, "hoofdsocialedienst=hoofd@maldegem.example").send(day)).isFalse();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(jdbc.sql("select count(*) from daily_job_run where job = ? and run_day = ?")
			.params(SocialDigest.JOB, day).query(Long.class).single()).isZero();
	}

	private MimeMessage only(String address) {
		var received = Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(received).as("mails to %s", address).hasSize(1);
		return received.get(0);
	}

	/** Opens a file for {@code worker} with one request received on {@code receivedOn}; its register number. */
	private String open(String worker, LocalDate receivedOn) {
		var requestId = UUID.randomUUID();
		var register = "D-" + requestId.toString().substring(0, 8);
		var intake = jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, national_register_number, language, type, registered_by, received_at,
				    status, assigned_to, taken_at)
				values (?, ?, ?, ?, 'Test', ?, ?, null, 'nl', 'LEEFLOON', 'onthaal', ?, 'TAKEN', ?, ?)
				returning id""")
			.params(requestId, register, LocalDateTime.of(receivedOn, LocalTime.of(10, 0)), receivedOn.plusDays(30),
					// a household of its own each time: the same name and birth date would link to an earlier file
					"Persoon" + requestId.toString().replaceAll("[^a-f]", "x"),
					LocalDate.of(1980, 5, 17).plusDays(Math.floorMod(requestId.getLeastSignificantBits(), 3000)), OffsetDateTime.now(),
					worker, OffsetDateTime.now())
			.query(Long.class)
			.single();
		caseFiles.openFromIntake(intake, new Viewer(worker, EnumSet.of(Role.SOCIAL_WORKER)));
		return register;
	}

}
