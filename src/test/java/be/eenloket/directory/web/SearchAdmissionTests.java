package be.eenloket.directory.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** New questions take turns (issue 16): a few at once, the rest in the order they came, "busy" after the wait. */
class SearchAdmissionTests {

	@Test
	void aFewAtOnceAndAQuestionWithoutATurnInTimeIsRefused() {
		var admission = new SearchAdmission(2, Duration.ofMillis(50));
		assertThat(admission.enter()).isTrue();
		assertThat(admission.enter()).isTrue();
		var started = System.nanoTime();
		assertThat(admission.enter()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		admission.leave();
		assertThat(admission.enter()).isTrue();
	}

	@Test
	void waitingQuestionsGetTheirTurnInTheOrderTheyCame() throws Exception {
		var admission = new SearchAdmission(1, Duration.ofSeconds(10));
		assertThat(admission.enter()).isTrue();
		var order = java.util.Collections.synchronizedList(new ArrayList<Integer>());
		var waiting = new ArrayList<Thread>();
		for (var i = 0; i < 5; i++) {
			var number = i;
			var queued = new CountDownLatch(1);
			var thread = Thread.ofPlatform().start(() -> {
				queued.countDown();
				if (admission.enter()) {
					order.add(number);
					admission.leave();
				}
			});
			queued.await();
			// the thread is parked in the queue before the next one starts
			while (thread.getState() != Thread.State.TIMED_WAITING && thread.isAlive()) {
				Thread.onSpinWait();
			}
			waiting.add(thread);
		}
		admission.leave();
		for (var thread : waiting) {
			thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		assertThat(order).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void byDefaultTwoPerCore() {
		assertThat(new SearchAdmission(0, Duration.ofSeconds(1)).available())
			.isEqualTo(2 * Runtime.getRuntime().availableProcessors());
	}

	@Nested
	@IntegrationTest
	class InTheApplication {

		@Autowired
		MockMvc mvc;

		@Autowired
		SearchAdmission admission;

		@org.springframework.beans.factory.annotation.Value("${local.server.port}")
		int port;

		@Test
		void aNewQuestionThatGetsNoTurnIsAnsweredBusyInPlainDutch() throws Exception {
			var held = 0;
			while (admission.available() > 0 && admission.enter()) {
				held++;
			}
			try {
				// through the real server: the container shows the error page for the 503; the open-data search at the
				// same time (both wait their 5 s together)
				var client = java.net.http.HttpClient.newHttpClient();
				var page = client.sendAsync(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + port + "/zoeken?q=nieuwe+vraag+" + System.nanoTime()))
					.header("Accept", "text/html")
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
				var json = client.sendAsync(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + port + "/open-data/zoeken.json?q=paspoort"))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
				assertThat(page.get().statusCode()).isEqualTo(503);
				assertThat(page.get().headers().firstValue("Retry-After")).hasValue("5");
				assertThat(page.get().body()).contains("Het is nu erg druk").contains("Probeer het over enkele seconden opnieuw");
				assertThat(json.get().statusCode()).isEqualTo(503);
				assertThat(json.get().headers().firstValue("Retry-After")).hasValue("5");
			}
			finally {
				for (var i = 0; i < held; i++) {
					admission.leave();
				}
			}
			// with its turns back, the same question is answered
			assertThat(mvc.perform(get("/zoeken").param("q", "paspoort")).andReturn().getResponse().getStatus())
				.isEqualTo(200);
		}

	}

}
