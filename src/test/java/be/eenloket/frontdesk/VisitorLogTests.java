package be.eenloket.frontdesk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import be.eenloket.frontdesk.internal.VisitorLog;
import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The visitor routing log's counts per service, hour, day and channel, on a hand-made day in the past. */
@IntegrationTest
class VisitorLogTests {

	@Autowired
	VisitorLog log;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void reset() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void contactsAreCountedPerServiceAndHourInTheMunicipalitysTime() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("onthaal",
				null, List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
		var burgerzaken = servicePoint("burgerzaken");
		var socialeDienst = servicePoint("sociale-dienst");
		// Tuesday 31 March 2015, just after the change to summer time: hours are Brussels hours, not UTC
		var day = LocalDate.of(2015, 3, 31);
		at(day.atTime(9, 5), VisitorLog.Channel.DESK, burgerzaken, null);
		at(day.atTime(9, 55), VisitorLog.Channel.PHONE, burgerzaken, null);
		at(day.atTime(10, 30), VisitorLog.Channel.DESK, socialeDienst, null);
		at(day.atTime(14, 0), VisitorLog.Channel.EMAIL, null, "Waar kan ik parkeren?");
		at(day.plusDays(1).atTime(9, 0), VisitorLog.Channel.DESK, burgerzaken, null);

		var counts = log.counts(day, day);
		assertThat(counts.total()).isEqualTo(4);
		assertThat(counts.perHour()).containsEntry(9, 2L).containsEntry(10, 1L).containsEntry(14, 1L).containsEntry(8, 0L)
			.containsEntry(17, 0L);
		assertThat(counts.services()).extracting(VisitorLog.ServiceCount::name, VisitorLog.ServiceCount::total)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dienst Burgerzaken", 2L),
					org.assertj.core.groups.Tuple.tuple("Sociale dienst (Sociaal Huis)", 1L),
					org.assertj.core.groups.Tuple.tuple(null, 1L));
		assertThat(counts.services().get(0).at(9)).isEqualTo(2);
		assertThat(counts.perChannel()).containsEntry(VisitorLog.Channel.DESK, 1L + 1L).containsEntry(VisitorLog.Channel.PHONE, 1L)
			.containsEntry(VisitorLog.Channel.EMAIL, 1L);

		var week = log.counts(day.minusDays(1), day.plusDays(5));
		assertThat(week.total()).isEqualTo(5);
		assertThat(week.perDay()).hasSize(7).containsEntry(day, 4L).containsEntry(day.plusDays(1), 1L)
			.containsEntry(day.minusDays(1), 0L);
	}

	@Test
	void aTaskWithOneServicePointCountsForThatServicePoint() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("onthaal",
				null, List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
		var task = jdbc.sql("select id from dir_task where slug = 'leefloon'").query(Long.class).single();
		var token = UUID.randomUUID();
		log.record(new VisitorLog.Contact(VisitorLog.Channel.DESK, task, null, null), token);
		assertThat(jdbc.sql("select service_point_name from fd_contact where form_token = ?").param(token)
			.query(String.class).single()).isEqualTo("Sociale dienst (Sociaal Huis)");
	}

	private void at(LocalDateTime moment, VisitorLog.Channel channel, Long servicePoint, String question) {
		clock.travelTo(moment);
		log.record(new VisitorLog.Contact(channel, null, servicePoint, question), UUID.randomUUID());
	}

	private Long servicePoint(String slug) {
		return jdbc.sql("select id from dir_service_point where slug = ?").param(slug).query(Long.class).single();
	}

}
