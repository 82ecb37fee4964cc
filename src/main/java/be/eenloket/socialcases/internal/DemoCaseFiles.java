package be.eenloket.socialcases.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;

import be.eenloket.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dozen demo case files in every state, built through the same services the pages use: overdue, due this week,
 * forwarded, a hearing planned, a BCSD meeting next week with its agenda, a past meeting with decisions and
 * letters, an urgent chair decision awaiting ratification, reminders (one overdue, one due this week) and a closed file
 * past retention waiting for the DPO. Past dates are set afterwards in SQL, since the domain
 * (rightly) refuses to plan a meeting in the past. Demo profile only, into an empty module.
 */
@Component
@Profile("demo")
@Order(75)
class DemoCaseFiles implements ApplicationRunner {

	static final String WORKER = "maatschappelijkwerker";

	private final CaseFiles caseFiles;

	private final BcsdMeetings meetings;

	private final FollowUps followUps;

	private final Anonymisation anonymisation;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SocialCrypto crypto;

	DemoCaseFiles(CaseFiles caseFiles, BcsdMeetings meetings, FollowUps followUps, Anonymisation anonymisation,
			JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock,
			SocialCrypto crypto) {
		this.crypto = crypto;
		this.caseFiles = caseFiles;
		this.meetings = meetings;
		this.followUps = followUps;
		this.anonymisation = anonymisation;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from sc_case_file").query(Long.class).single() > 0) {
			return;
		}
		var today = LocalDate.now(clock);
		var worker = new Viewer(WORKER, EnumSet.of(Role.SOCIAL_WORKER));
		var chair = new Viewer("voorzitterbcsd", EnumSet.of(Role.BCSD_CHAIR));

		// overdue and due this week: still under investigation
		var karel = open("Karel", "Vandamme", "56021512335", 35, "LEEFLOON", worker);
		var sofie = open("Sofie", "Peeters", "90071812315", 27, "HUURWAARBORG", worker);
		open("Jonas", "Claes", null, 12, "BUDGETBEGELEIDING", worker);
		// forwarded to the competent OCMW
		var forwarded = open("Amira", "El Idrissi", "88050912335", 3, "FINANCIELE_STEUN", worker);
		caseFiles.forward(forwarded, version(forwarded), request(forwarded), "OCMW Eeklo",
				"Mevrouw woont sinds september in Eeklo (inschrijving in het bevolkingsregister).", today, worker);
		// a hearing planned
		var hearing = open("Luc", "Verstraete", "61111912383", 15, "SCHULDBEMIDDELING", worker);
		caseFiles.planHearing(hearing, version(hearing), request(hearing), today.plusDays(3).atTime(10, 0),
				"Sociaal Huis, spreekkamer 2", today, worker);
		// a meeting next week with two proposals on its agenda, notice sent
		var next1 = proposed("Nadia", "Janssens", "93030312315", 14, "LEEFLOON", AidRequest.Decision.GRANTED,
				"Geen inkomen sinds het einde van de werkloosheidsuitkering; geen bestaansmiddelen volgens het sociaal onderzoek.",
				"RMI_14", new BigDecimal("1214.13"), worker);
		var next2 = proposed("Tom", "De Smet", "79120412345", 9, "HUURWAARBORG", AidRequest.Decision.GRANTED,
				"Huurwaarborg voor een sociale woning; geen spaargeld.", "OW_60_3", new BigDecimal("1650.00"), worker);
		// an urgent chair decision, on next week's agenda for ratification
		var urgent = proposed("Marie", "Wouters", "85061412323", 4, "MEDISCHE_KAART", AidRequest.Decision.GRANTED,
				"Dringende medische zorg; geen ziekteverzekering.", "OW_57_2", null, worker);
		meetings.chairDecides(request(urgent), chair);
		var nextMeeting = meetings.plan(today.plusDays(9).atTime(19, 0), "Raadzaal, Gemeentehuis", 8);
		meetings.addItem(nextMeeting, meetings.meeting(nextMeeting).getVersion(), request(next1));
		meetings.addItem(nextMeeting, meetings.meeting(nextMeeting).getVersion(), request(next2));
		meetings.addItem(nextMeeting, meetings.meeting(nextMeeting).getVersion(), request(urgent));
		meetings.sendNotice(nextMeeting, meetings.meeting(nextMeeting).getVersion());
		// a past meeting: decided today, then dated back a week, one decision notified
		var past1 = proposed("Ahmed", "Benali", "70010112363", 30, "LEEFLOON", AidRequest.Decision.REFUSED,
				"Het inkomen van het gezin ligt boven het leefloonbedrag voor een persoon met gezinslast.", "RMI_14", null,
				worker);
		var past2 = proposed("Els", "Martens", "66082512384", 25, "FINANCIELE_STEUN", AidRequest.Decision.GRANTED,
				"Tijdelijke steun voor energiekosten na een inkomensverlies.", "OW_1_57", new BigDecimal("350.00"), worker);
		var pastMeeting = meetings.plan(today.atTime(0, 0), "Raadzaal, Gemeentehuis", 8);
		meetings.addItem(pastMeeting, meetings.meeting(pastMeeting).getVersion(), request(past1));
		meetings.addItem(pastMeeting, meetings.meeting(pastMeeting).getVersion(), request(past2));
		meetings.sendNotice(pastMeeting, meetings.meeting(pastMeeting).getVersion());
		meetings.recordAttendance(pastMeeting, meetings.meeting(pastMeeting).getVersion(), 7);
		for (var item : meetings.meeting(pastMeeting).getItems()) {
			meetings.vote(pastMeeting, meetings.meeting(pastMeeting).getVersion(), item.getId(), 6, 0, 1, true);
		}
		meetings.close(pastMeeting, meetings.meeting(pastMeeting).getVersion());
		caseFiles.notify(past1, version(past1), request(past1), today, AidRequest.NotificationMethod.REGISTERED_LETTER,
				worker);
		transactions.executeWithoutResult(status -> {
			var meetingDay = today.minusDays(7);
			jdbc.sql("update sc_bcsd_meeting set meeting_at = ?, notice_on = ? where id = ?")
				.params(meetingDay.atTime(19, 0), meetingDay.minusDays(9), pastMeeting)
				.update();
			jdbc.sql("update sc_bcsd_item set added_on = ?, urgent = false, urgency_confirmed = null where meeting_id = ?")
				.params(meetingDay.minusDays(10), pastMeeting)
				.update();
			jdbc.sql("update sc_aid_request set decided_on = ?, proposed_on = ? where id in (?, ?)")
				.params(meetingDay, meetingDay.minusDays(10), request(past1), request(past2))
				.update();
			jdbc.sql("update sc_aid_request set notified_on = ? where id = ?")
				.params(meetingDay.plusDays(3), request(past1))
				.update();
		});
		// a household of three, one request received yesterday
		var household = open("Hilde", "Desmet", "75040412302", 1, "ANDERE", worker);
		caseFiles.addMember(household, version(household), new CaseFiles.MemberCommand(HouseholdMember.Relation.PARTNER,
				"Pieter", "Desmet", LocalDate.of(1974, 8, 2), null), worker);
		caseFiles.addMember(household, version(household), new CaseFiles.MemberCommand(HouseholdMember.Relation.CHILD,
				"Lotte", "Desmet", LocalDate.of(2012, 3, 9), null), worker);
		followUpAndRetention(karel, sofie, worker);
	}

	/**
	 * Reminders: a review due this week and one overdue; and a file closed longer ago than the retention period,
	 * waiting for the DPO. Past dates are set in SQL afterwards (demo only), as the domain refuses them.
	 */
	private void followUpAndRetention(long karel, long sofie, Viewer worker) {
		var today = LocalDate.now(clock);
		followUps.planReview(sofie, version(sofie), today.plusDays(3),
				"Huurcontract en waarborg nakijken met de verhuurder.", worker);
		followUps.planReview(karel, version(karel), today, "Bewijs van inschrijving als werkzoekende opvragen.", worker);
		var old = open("Gerda", "Lambrecht", "52091412330", 2, "BUDGETBEGELEIDING", worker);
		caseFiles.forward(old, version(old), request(old), "OCMW Brugge",
				"Mevrouw verhuisde naar Brugge en staat daar ingeschreven.", today, worker);
		caseFiles.close(old, version(old), CaseFile.ClosureReason.MOVED, worker);
		transactions.executeWithoutResult(status -> {
			// demo only: the review of Karel's file was planned a month ago for four days ago
			jdbc.sql("update sc_follow_up set created_on = ?, due_on = ? where case_file_id = ? and kind = 'REVIEW'")
				.params(today.minusDays(30), today.minusDays(4), karel)
				.update();
			// demo only: Gerda's file was closed a month longer ago than the retention period
			var closed = today.minusYears(anonymisation.retentionYears()).minusDays(30);
			var received = closed.minusDays(4);
			jdbc.sql("update sc_case_file set opened_on = ?, closed_on = ? where id = ?")
				.params(received, closed, old)
				.update();
			jdbc.sql("update sc_aid_request set received_on = ?, forwarded_on = ? where case_file_id = ?")
				.params(received, received.plusDays(2), old)
				.update();
			jdbc.sql("update sc_follow_up set created_on = ?, due_on = ?, done_on = ? where case_file_id = ?")
				.params(received, received.plusYears(1), closed, old)
				.update();
			jdbc.sql("update sc_intake set requested_at = ?, decision_deadline = ? "
					+ "where id in (select intake_id from sc_aid_request where case_file_id = ?)")
				.params(received.atTime(9, 30), received.plusDays(LegalClock.DECISION_DAYS), old)
				.update();
		});
	}

	private long open(String firstName, String lastName, String nrn, int daysAgo, String type, Viewer worker) {
		var today = LocalDate.now(clock);
		var requestId = UUID.randomUUID();
		var requestedAt = today.minusDays(daysAgo).atTime(9, 30);
		var intake = transactions.execute(status -> jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, nrn_cipher, language, type, registered_by, received_at,
				    status, assigned_to, taken_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'nl', ?, 'onthaal', ?, 'TAKEN', ?, ?)
				returning id""")
			.params(requestId, "D-" + requestId.toString().substring(0, 8), requestedAt,
					requestedAt.toLocalDate().plusDays(LegalClock.DECISION_DAYS), firstName, lastName,
					nrn == null ? LocalDate.of(1990, 1, 1) : birthDate(nrn),
					nrn == null ? null : IntakeSecret.NATIONAL_REGISTER_NUMBER.encrypt(crypto, nrn), type, OffsetDateTime.now(clock),
					worker.username(), OffsetDateTime.now(clock))
			.query(Long.class)
			.single());
		return caseFiles.openFromIntake(intake, worker);
	}

	private long proposed(String firstName, String lastName, String nrn, int daysAgo, String type,
			AidRequest.Decision decision, String reasons, String legalBasis, BigDecimal amount, Viewer worker) {
		var file = open(firstName, lastName, nrn, daysAgo, type, worker);
		var today = LocalDate.now(clock);
		var received = today.minusDays(daysAgo);
		caseFiles.propose(file, version(file), request(file), new CaseFiles.Proposal(decision, reasons, legalBasis, amount,
				amount == null ? null : received, amount == null ? null : received.plusMonths(6)), worker);
		return file;
	}

	private static LocalDate birthDate(String nrn) {
		var year = Integer.parseInt(nrn.substring(0, 2));
		return LocalDate.of(1900 + year, Integer.parseInt(nrn.substring(2, 4)), Integer.parseInt(nrn.substring(4, 6)));
	}

	private long request(long fileId) {
		return jdbc.sql("select id from sc_aid_request where case_file_id = ? order by id limit 1").param(fileId)
			.query(Long.class).single();
	}

	private long version(long fileId) {
		return jdbc.sql("select version from sc_case_file where id = ?").param(fileId).query(Long.class).single();
	}

}
