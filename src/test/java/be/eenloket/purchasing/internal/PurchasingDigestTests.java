package be.eenloket.purchasing.internal;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.shared.DailyJobs;
import be.eenloket.support.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily contract digest goes through a real SMTP server (GreenMail), once a day however often it is triggered. */
@IntegrationTest
class PurchasingDigestTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	PurchasingReads reads;

	@Autowired
	DailyJobs dailyJobs;

	@Autowired
	Clock clock;

	ContractDigest digest(JavaMailSender sender, String recipients) {
		var beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("mailSender", sender);
		}
		return new ContractDigest(reads, dailyJobs, beans.getBeanProvider(JavaMailSender.class), clock,
				"eenloket@maldegem.example", recipients);
	}

	@Test
	void theDigestWithTheLiftNoticeDeadlineIsSentOnceWhenTriggeredTwice() throws Exception {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		var digest = digest(sender, "aankoop@maldegem.example");
		var today = LocalDate.now(clock);

		assertThat(digest.send(today)).isTrue();
		assertThat(digest.send(today)).as("a second trigger, as from a second instance").isFalse();

		var received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("aankoop@maldegem.example");
		var body = com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]);
		assertThat(body).contains("Onderhoud lift Gemeentehuis").contains("opzeggen uiterlijk op")
			.contains("Schoonmaak administratieve gebouwen");
	}

	@Test
	void withoutAnSmtpServerTheDigestIsSkippedAndTheDayStaysOpen() {
		var day = LocalDate.now(clock).plusDays(1);
		assertThat(digest(null, "aankoop@maldegem.example").send(day)).isFalse();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
