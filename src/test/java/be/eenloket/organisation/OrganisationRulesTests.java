package be.eenloket.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.internal.*;
import be.eenloket.organisation.internal.Reorganisations;
import be.eenloket.organisation.internal.Snapshot;
import be.eenloket.organisation.internal.Snapshots;
import be.eenloket.organisation.internal.StaffManagement;
import be.eenloket.organisation.internal.UnitManagement;
import be.eenloket.organisation.internal.UnitValues;
import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organogram's rules on real PostgreSQL: dated views, corrections, cycles, closing, heads, FTE, reorganisations. */
@IntegrationTest
class OrganisationRulesTests {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);

	@Autowired
	UnitManagement units;

	@Autowired
	StaffManagement staff;

	@Autowired
	Reorganisations reorganisations;

	@Autowired
	ReorganisationViews views;

	@Autowired
	Snapshots snapshots;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theOrganogramCanBeViewedAsOfAnyDate() {
		var code = code();
		var id = units.create(code, values("Dienst Vroeger", null), Y2020, null);
		units.changeFrom(id, LocalDate.of(2025, 1, 1), values("Dienst Nu", null), null);

		assertThat(snapshots.asOf(LocalDate.of(2019, 12, 31)).unit(id)).isEmpty();
		assertThat(snapshots.asOf(LocalDate.of(2024, 12, 31)).unit(id).orElseThrow().name()).isEqualTo("Dienst Vroeger");
		assertThat(snapshots.asOf(LocalDate.of(2025, 1, 1)).unit(id).orElseThrow().name()).isEqualTo("Dienst Nu");
		assertThat(periods(id)).isEqualTo(2);
	}

	@Test
	void aCorrectionFixesThePeriodInPlaceInsteadOfStartingANewOne() {
		var id = units.create(code(), values("Dienst Met Tikfout", null), Y2020, null);
		var unit = snapshots.asOf(LocalDate.of(2022, 5, 1)).unit(id).orElseThrow();
		units.correct(id, LocalDate.of(2022, 5, 1), new UnitManagement.SeenPeriod(unit.periodId(), unit.periodVersion()), values("Dienst Zonder Tikfout", null));
		assertThat(periods(id)).isEqualTo(1);
		assertThat(snapshots.asOf(Y2020).unit(id).orElseThrow().name()).isEqualTo("Dienst Zonder Tikfout");
		assertThatThrownBy(() -> units.correct(id, Y2020, new UnitManagement.SeenPeriod(unit.periodId(), unit.periodVersion()), values("Oud", null)))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void aUnitCannotBecomeItsOwnAncestor() {
		var top = units.create(code(), values("Afdeling Boven", null), Y2020, null);
		var middle = units.create(code(), values("Dienst Midden", top), Y2020, null);
		var bottom = units.create(code(), values("Cel Onder", middle), Y2020, null);
		assertThatThrownBy(() -> units.changeFrom(top, LocalDate.of(2026, 1, 1), values("Afdeling Boven", bottom), null))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("unit.parent.cycle"));
		assertThatThrownBy(() -> units.changeFrom(top, LocalDate.of(2026, 1, 1), values("Afdeling Boven", top), null))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aValidityPeriodCannotEndBeforeItStarts() {
		var id = units.create(code(), values("Dienst Periode", null), Y2020, null);
		assertThatThrownBy(() -> jdbc.sql("update org_unit_period set valid_to = '2019-01-01' where unit_id = ?").param(id).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		var position = staff.createPosition(id, PositionKind.STAFF, "Medewerker", null, Y2020);
		var person = person("Eva", "Periode");
		assertThatThrownBy(() -> staff.assign(person, position, BigDecimal.ONE, Y2020, LocalDate.of(2019, 6, 1), false))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("period.endBeforeStart"));
	}

	@Test
	void aUnitWithStaffOrChildrenCannotBeClosedAndTheMessageSaysWhatIsLeft() {
		var parent = units.create(code(), values("Afdeling Met Inhoud", null), Y2020, null);
		var childCode = code();
		units.create(childCode, values("Dienst Eronder", parent), Y2020, null);
		var position = staff.createPosition(parent, PositionKind.STAFF, "Medewerker", "C1-3", Y2020);
		staff.assign(person("Jos", "Blijft"), position, BigDecimal.ONE, Y2020, null, false);

		assertThatThrownBy(() -> units.close(parent, LocalDate.of(2027, 1, 1), null))
			.isInstanceOfSatisfying(RuleViolation.class, problem -> {
				assertThat(problem.messageKey()).isEqualTo("unit.close.notEmpty");
				assertThat(messages.getMessage(problem.messageKey(), problem.arguments().toArray(), Locale.forLanguageTag("nl")))
					.isEqualTo("Afdeling Met Inhoud kan niet opgeheven worden. Nog over: 1 onderliggende eenheid ("
							+ childCode + ") en 1 medewerker. Verplaats of beëindig die eerst.");
				assertThat(messages.getMessage(problem.messageKey(), problem.arguments().toArray(), Locale.ENGLISH))
					.isEqualTo("Afdeling Met Inhoud cannot be closed. Still left: 1 unit below it (" + childCode
							+ ") and 1 staff member. Move or end those first.");
			});
	}

	@Test
	void aUnitThatStillHasServicePointsCannotBeClosedDirectlyOrThroughADraft() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var id = units.create(code(), values("Dienst Met Loket", null), Y2020, null);
		// the directory implements the extension point later; here a stand-in knows one desk of this unit
		var beans = (DefaultListableBeanFactory) context.getAutowireCapableBeanFactory();
		UnitServicePoints desks = unit -> unit.value() == id
				? List.of(new UnitServicePoints.ServicePoint("Loket 3", "Gemeentehuis, gelijkvloers")) : List.of();
		beans.registerSingleton("testServicePoints", desks);
		try {
			assertThatThrownBy(() -> units.close(id, LocalDate.of(2027, 1, 1), null))
				.isInstanceOfSatisfying(RuleViolation.class,
						problem -> assertThat(messages.getMessage(problem.messageKey(), problem.arguments().toArray(), Locale.forLanguageTag("nl")))
							.contains("Nog over: 1 dienstverleningspunt (Loket 3)"));
			var draft = reorganisations.createDraft("Loket sluiten", LocalDate.of(2027, 1, 1), "secretariaat");
			reorganisations.addChange(draft, new CloseUnit(id));
			assertThat(reorganisations.preview(draft).problems()).extracting(PreviewProblem::messageKey)
				.containsExactly("reorganisation.problem.closeServicePoints");
		}
		finally {
			beans.destroySingleton("testServicePoints");
		}
		assertThat(snapshots.asOf(LocalDate.of(2027, 1, 1)).unit(id)).isPresent();
	}

	@Test
	void aDraftThatClosesAUnitWhereSomeoneStartsLaterSaysSoBeforeApproval() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var id = units.create(code(), values("Dienst Met Nieuwkomer", null), Y2020, null);
		var position = staff.createPosition(id, PositionKind.STAFF, "Medewerker", null, Y2020);
		staff.assign(person("Nina", "Nieuwkomer"), position, BigDecimal.ONE, LocalDate.of(2027, 3, 1), null, false);
		var draft = reorganisations.createDraft("Dienst opheffen", LocalDate.of(2027, 1, 1), "secretariaat");
		reorganisations.addChange(draft, new CloseUnit(id));
		var problems = reorganisations.preview(draft).problems();
		assertThat(problems).extracting(PreviewProblem::messageKey).containsExactly("reorganisation.problem.closeLaterStaff");
		assertThat(messages.getMessage(problems.get(0).messageKey(), problems.get(0).arguments().toArray(), Locale.forLanguageTag("nl")))
			.contains("Dienst Met Nieuwkomer kan niet opgeheven worden: 1 medewerker begint er pas na de ingangsdatum.");
	}

	@Test
	void aDraftMergesTwoServicesByMovingTheirStaffAndClosingTheEmptiedOne() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var effective = LocalDate.of(2027, 1, 1);
		var afdeling = units.create(code(), values("Afdeling Ondersteuning", null), Y2020, null);
		var staying = units.create(code(), values("Dienst Die Blijft", afdeling), Y2020, null);
		var merged = units.create(code(), values("Dienst Die Opgaat", afdeling), Y2020, null);
		var target = staff.createPosition(staying, PositionKind.STAFF, "Medewerker", null, Y2020);
		var mergedHead = staff.createPosition(merged, PositionKind.HEAD, "Diensthoofd", null, Y2020);
		var mergedStaff = staff.createPosition(merged, PositionKind.STAFF, "Medewerker", null, Y2020);
		var head = person("Hilde", "Hoofd");
		var colleague = person("Cor", "Collega");
		var headAssignment = staff.assign(head, mergedHead, BigDecimal.ONE, Y2020, null, false);
		var colleagueAssignment = staff.assign(colleague, mergedStaff, new BigDecimal("0.80"), Y2020, null, false);

		var draft = reorganisations.createDraft("Samenvoeging van twee diensten", effective, "secretariaat");
		// the closure is added first: staff moves still take effect before it
		reorganisations.addChange(draft, new CloseUnit(merged));
		assertThat(reorganisations.preview(draft).problems()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.problem.closeNotEmpty");
		reorganisations.addChange(draft, new MoveStaff(headAssignment, target));
		reorganisations.addChange(draft, new MoveStaff(colleagueAssignment, target));

		var preview = reorganisations.preview(draft);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.conflicts()).isEmpty();
		assertThat(preview.after().unit(merged)).isEmpty();
		assertThat(preview.after().holdings(staying).get(0).holders()).extracting(held -> held.person().id())
			.containsExactlyInAnyOrder(head, colleague);
		assertThat(views.staffMoves(reorganisations.find(draft).orElseThrow()).values())
			.extracting(ReorganisationViews.StaffMove::toUnit).containsOnly("Dienst Die Blijft");

		reorganisations.approve(draft, reorganisations.find(draft).orElseThrow().version(), LocalDate.of(2026, 11, 19),
				"2026/200", "algemeendirecteur");
		var before = snapshots.asOf(LocalDate.of(2026, 12, 31));
		assertThat(before.holdings(merged).stream().mapToLong(holding -> holding.holders().size()).sum()).isEqualTo(2);
		var after = snapshots.asOf(effective);
		assertThat(after.unit(merged)).isEmpty();
		assertThat(after.assignmentsOf(colleague)).singleElement().satisfies(assignment -> {
			assertThat(assignment.positionId()).isEqualTo(target);
			assertThat(assignment.fte()).isEqualByComparingTo("0.80");
			assertThat(assignment.validFrom()).isEqualTo(effective);
		});
		assertThat(after.totalFte(head)).isEqualByComparingTo("1");
		assertThat(audit("Assignment", headAssignment)).contains("ENDED");
	}

	@Test
	void aStaffMoveIsCheckedWhenAddedAndFlaggedWhenItsAssignmentChangesOrItsTargetIsTaken() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var effective = LocalDate.of(2027, 1, 1);
		var unit = units.create(code(), values("Dienst Met Vaste Kern", null), Y2020, null);
		var headPosition = staff.createPosition(unit, PositionKind.HEAD, "Diensthoofd", null, Y2020);
		var staffPosition = staff.createPosition(unit, PositionKind.STAFF, "Medewerker", null, Y2020);
		var currentHead = staff.assign(person("Huidig", "Hoofd"), headPosition, BigDecimal.ONE, Y2020, null, false);
		var hopeful = staff.assign(person("Hopen", "Opvolger"), staffPosition, BigDecimal.ONE, Y2020, null, false);
		var leaving = staff.assign(person("Vertrek", "Weldra"), staffPosition, BigDecimal.ONE, Y2020, null, false);
		var draft = reorganisations.createDraft("Nieuw diensthoofd", effective, "secretariaat");

		assertThatThrownBy(() -> reorganisations.addChange(draft, new MoveStaff(null, headPosition)))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("reorganisation.change.assignment.required"));
		assertThatThrownBy(() -> reorganisations.addChange(draft, new MoveStaff(hopeful, staffPosition)))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("reorganisation.change.target.same"));

		reorganisations.addChange(draft, new MoveStaff(hopeful, headPosition));
		reorganisations.addChange(draft, new MoveStaff(leaving, headPosition));
		var problems = reorganisations.preview(draft).problems();
		assertThat(problems).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.problem.targetTaken", "reorganisation.problem.targetTaken");
		assertThat(messages.getMessage(problems.get(0).messageKey(), problems.get(0).arguments().toArray(), Locale.forLanguageTag("nl")))
			.startsWith("Hopen Opvolger").contains("Huidig Hoofd");

		// someone leaves before the draft takes effect: the move of that assignment is flagged, not applied blindly
		staff.endAssignment(leaving, 0, LocalDate.of(2026, 12, 15));
		staff.endAssignment(currentHead, 0, LocalDate.of(2026, 12, 31));
		var preview = reorganisations.preview(draft);
		assertThat(preview.conflicts()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.conflict.assignmentGone");
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.canBeApproved()).isFalse();
	}

	@Test
	void anEmptyUnitClosesOnItsDateAndStaysInHistory() {
		var id = units.create(code(), values("Dienst Die Verdwijnt", null), Y2020, null);
		units.close(id, LocalDate.of(2026, 7, 1), null);
		assertThat(snapshots.asOf(LocalDate.of(2026, 6, 30)).unit(id)).isPresent();
		assertThat(snapshots.asOf(LocalDate.of(2026, 7, 1)).unit(id)).isEmpty();
	}

	@Test
	void twoPeopleCannotHoldTheHeadPositionAtTheSameTime() {
		var id = units.create(code(), values("Dienst Met Hoofd", null), Y2020, null);
		var head = staff.createPosition(id, PositionKind.HEAD, "Diensthoofd", "A1a", Y2020);
		staff.assign(person("Hilde", "Hoofd"), head, BigDecimal.ONE, Y2020, LocalDate.of(2025, 1, 1), false);
		var second = person("Tweede", "Hoofd");
		assertThatThrownBy(() -> staff.assign(second, head, BigDecimal.ONE, LocalDate.of(2024, 6, 1), null, false))
			.isInstanceOfSatisfying(RuleViolation.class, problem -> {
				assertThat(problem.messageKey()).isEqualTo("assignment.position.taken");
				assertThat(problem.arguments().get(0).toString()).startsWith("Hilde Hoofd");
			});
		// after the first head leaves, the second may start
		staff.assign(second, head, BigDecimal.ONE, LocalDate.of(2025, 1, 1), null, false);
		// and the database refuses an overlap even when the service is bypassed
		assertThatThrownBy(() -> jdbc.sql("""
				insert into org_assignment (person_id, position_id, fte, valid_from, single_holder)
				values (?, ?, 1, '2025-06-01', true)""").params(person("Derde", "Hoofd"), head).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> staff.createPosition(id, PositionKind.HEAD, "Tweede hoofdfunctie", null, Y2020))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void fteStaysWithinZeroAndOneAndATotalAboveOneNeedsConfirmation() {
		var id = units.create(code(), values("Dienst VTE", null), Y2020, null);
		var position = staff.createPosition(id, PositionKind.STAFF, "Medewerker", null, Y2020);
		var other = staff.createPosition(id, PositionKind.STAFF, "Tweede functie", null, Y2020);
		var person = person("Vera", "Voltijds");
		for (var wrong : List.of("1.01", "1.5", "-0.2")) {
			assertThatThrownBy(() -> staff.assign(person, position, new BigDecimal(wrong), Y2020, null, false))
				.isInstanceOfSatisfying(RuleViolation.class,
						problem -> assertThat(problem.messageKey()).isEqualTo("assignment.fte.range"));
		}
		staff.assign(person, position, new BigDecimal("0.80"), Y2020, null, false);
		assertThatThrownBy(() -> staff.assign(person, other, new BigDecimal("0.50"), LocalDate.of(2023, 1, 1), null, false))
			.isInstanceOfSatisfying(RuleViolation.class, problem -> {
				assertThat(problem.messageKey()).isEqualTo("assignment.fte.overOne");
				assertThat(problem.arguments()).contains(new BigDecimal("1.3"));
			});
		staff.assign(person, other, new BigDecimal("0.20"), LocalDate.of(2023, 1, 1), null, false);
		// a seat without working time of its own (the management team) is 0 FTE and needs no confirmation at 1 FTE
		var seat = staff.createPosition(id, PositionKind.STAFF, "Lid managementteam", null, Y2020);
		staff.assign(person, seat, BigDecimal.ZERO, LocalDate.of(2024, 1, 1), null, false);
		assertThat(snapshots.asOf(LocalDate.of(2024, 1, 1)).totalFte(person)).isEqualByComparingTo("1.00");
		staff.assign(person, other, new BigDecimal("0.50"), LocalDate.of(2030, 1, 1), null, true);
		assertThat(snapshots.asOf(LocalDate.of(2030, 1, 1)).totalFte(person)).isEqualByComparingTo("1.50");
	}

	@Test
	void anApprovedReorganisationTakesEffectOnItsDateWithoutAnotherStep() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var afdelingA = units.create(code(), values("Afdeling A", null), Y2020, null);
		var afdelingB = units.create(code(), values("Afdeling B", null), Y2020, null);
		var dienst = units.create(code(), values("Dienst Die Verhuist", afdelingA), Y2020, null);
		var effective = LocalDate.of(2027, 1, 1);
		var draft = reorganisations.createDraft("Samenvoeging ondersteunende diensten", effective, "secretariaat");
		reorganisations.addChange(draft, new MoveUnit(dienst, afdelingB));

		var preview = reorganisations.preview(draft);
		assertThat(preview.canBeApproved()).isTrue();
		assertThat(preview.today().unit(dienst).orElseThrow().parentId()).isEqualTo(afdelingA);
		assertThat(preview.after().unit(dienst).orElseThrow().parentId()).isEqualTo(afdelingB);
		assertThat(snapshots.asOf(effective).unit(dienst).orElseThrow().parentId()).as("nothing changes before approval")
			.isEqualTo(afdelingA);

		var version = reorganisations.find(draft).orElseThrow().version();
		assertThatThrownBy(() -> reorganisations.approve(draft, version, LocalDate.of(2026, 11, 30), "2026/123", "algemeendirecteur"))
			.as("a council decision cannot lie in the future")
			.isInstanceOf(RuleViolation.class);
		reorganisations.approve(draft, version, LocalDate.of(2026, 11, 19), "2026/123", "algemeendirecteur");

		assertThat(snapshots.asOf(LocalDate.of(2026, 12, 31)).unit(dienst).orElseThrow().parentId()).isEqualTo(afdelingA);
		assertThat(snapshots.asOf(effective).unit(dienst).orElseThrow().parentId()).isEqualTo(afdelingB);
		clock.travelTo(effective);
		assertThat(snapshots.asOf(LocalDate.now(clock)).unit(dienst).orElseThrow().parentId()).isEqualTo(afdelingB);
		assertThat(reorganisations.find(draft).orElseThrow().inEffectOn(LocalDate.now(clock))).isTrue();
	}

	@Test
	void aDraftCreatesAnAfdelingAndPlacesExistingAndNewUnitsUnderIt() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var cluster = units.create(code(), values("Cluster Samen", null), Y2020, null);
		var finance = units.create(code(), values("Dienst Financiën Samen", cluster), Y2020, null);
		var personnel = units.create(code(), values("Dienst Personeel Samen", null), Y2020, null);
		var effective = LocalDate.of(2027, 1, 1);
		var draft = reorganisations.createDraft("Samenvoeging ondersteunende diensten", effective, "secretariaat");
		var afdelingCode = code();
		var createAfdeling = reorganisations.addChange(draft, new CreateUnit(afdelingCode,
				"Afdeling Ondersteunende Diensten", UnitType.AFDELING, cluster, List.of("GEM", "OCMW"), "Afdelingshoofd", "A4a"));
		var afdelingKey = DraftChange.createdUnitKey(createAfdeling);
		// a new unit under the new afdeling, and two existing diensten moved under it
		var teamCode = code();
		reorganisations.addChange(draft, new CreateUnit(teamCode, "Team Aankoop", UnitType.TEAM, afdelingKey,
				List.of("GEM", "OCMW"), null, null));
		reorganisations.addChange(draft, new MoveUnit(finance, afdelingKey));
		reorganisations.addChange(draft, new MoveUnit(personnel, afdelingKey));
		// the head of finance becomes the head of the new afdeling
		var financeHead = staff.createPosition(finance, PositionKind.HEAD, "Financieel beheerder", null, Y2020);
		var headPerson = person("Hanne", "Hoofd");
		var headAssignment = staff.assign(headPerson, financeHead, new BigDecimal("0.8"), Y2020, null, false);
		reorganisations.addChange(draft, new MoveStaff(headAssignment, afdelingKey));
		assertThatThrownBy(() -> reorganisations.addChange(draft, new MoveStaff(headAssignment, -999_999_999L)))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("reorganisation.change.target.unknown"));
		assertThatThrownBy(() -> reorganisations.addChange(draft, new CreateUnit(code(), "Team Graad",
				UnitType.TEAM, null, List.of("GEM"), "Teamleider", "hoog")))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("position.grade.format"));

		assertThatThrownBy(() -> reorganisations.addChange(draft, new MoveUnit(finance, -999_999_999L)))
			.as("only a unit this draft creates can be named by its key")
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("reorganisation.change.parent.unknown"));
		assertThatThrownBy(() -> reorganisations.addChange(draft, new CreateUnit(teamCode, "Team Dubbel",
				UnitType.TEAM, null, List.of("GEM"), null, null)))
			.as("a code the draft already creates is taken")
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("unit.code.taken"));
		assertThatThrownBy(() -> reorganisations.removeChange(draft, createAfdeling))
			.as("the new afdeling cannot leave the draft while other changes place units under it")
			.isInstanceOfSatisfying(RuleViolation.class, problem -> {
				assertThat(problem.messageKey()).isEqualTo("reorganisation.change.referenced");
				assertThat(problem.arguments()).containsExactly("Afdeling Ondersteunende Diensten", 4L);
			});

		var preview = reorganisations.preview(draft);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.conflicts()).isEmpty();
		assertThat(preview.after().unit(finance).orElseThrow().parentId()).isEqualTo(afdelingKey);
		assertThat(preview.after().unit(personnel).orElseThrow().parentId()).isEqualTo(afdelingKey);
		assertThat(preview.after().unit(afdelingKey).orElseThrow().parentId()).isEqualTo(cluster);
		assertThat(preview.after().lead(afdelingKey, PositionKind.HEAD).orElseThrow().holders())
			.extracting(holder -> holder.person().id())
			.containsExactly(headPerson);
		assertThat(views.staffMoves(reorganisations.find(draft).orElseThrow()).values())
			.extracting(ReorganisationViews.StaffMove::toPosition, ReorganisationViews.StaffMove::toUnit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Afdelingshoofd", "Afdeling Ondersteunende Diensten"));
		assertThat(views.unitNames(reorganisations.find(draft).orElseThrow()))
			.containsEntry(afdelingKey, "Afdeling Ondersteunende Diensten")
			.containsEntry(finance, "Dienst Financiën Samen");

		var version = reorganisations.find(draft).orElseThrow().version();
		reorganisations.approve(draft, version, LocalDate.of(2026, 11, 19), "2026/130", "algemeendirecteur");

		var after = snapshots.asOf(effective);
		var afdeling = after.unitsByCode().get(afdelingCode).get(0);
		var team = after.unitsByCode().get(teamCode).get(0);
		assertThat(afdeling.parentId()).isEqualTo(cluster);
		assertThat(team.parentId()).isEqualTo(afdeling.id());
		assertThat(after.unit(finance).orElseThrow().parentId()).isEqualTo(afdeling.id());
		assertThat(after.unit(personnel).orElseThrow().parentId()).isEqualTo(afdeling.id());
		assertThat(snapshots.asOf(effective.minusDays(1)).unit(finance).orElseThrow().parentId()).isEqualTo(cluster);
		assertThat(snapshots.asOf(effective.minusDays(1)).unitsByCode()).doesNotContainKey(afdelingCode);
		assertThat(reorganisations.find(draft).orElseThrow().changes())
			.filteredOn(CreateUnit.class::isInstance)
			.extracting(change -> ((CreateUnit) change).createdUnitId())
			.containsExactly(afdeling.id(), team.id());
		var head = after.lead(afdeling.id(), PositionKind.HEAD).orElseThrow();
		assertThat(head.position().title()).isEqualTo("Afdelingshoofd");
		assertThat(head.holders()).extracting(holder -> holder.person().id()).containsExactly(headPerson);
		assertThat(after.totalFte(headPerson)).as("the same working time, moved").isEqualByComparingTo("0.8");
		assertThat(snapshots.asOf(effective.minusDays(1)).lead(finance, PositionKind.HEAD).orElseThrow().holders())
			.extracting(holder -> holder.person().id()).containsExactly(headPerson);
		assertThat(after.lead(finance, PositionKind.HEAD).orElseThrow().vacant()).isTrue();
	}

	@Test
	void aDraftThatConflictsWithALaterChangeIsFlaggedAndCannotBeApproved() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var afdeling = units.create(code(), values("Afdeling Conflict", null), Y2020, null);
		var dienst = units.create(code(), values("Dienst Conflict", null), Y2020, null);
		var draft = reorganisations.createDraft("Ontwerp met conflict", LocalDate.of(2027, 1, 1), "secretariaat");
		reorganisations.addChange(draft, new MoveUnit(dienst, afdeling));
		// someone changes the unit after the draft was prepared
		units.changeFrom(dienst, LocalDate.of(2026, 12, 1), values("Dienst Conflict Hernoemd", null), null);

		var preview = reorganisations.preview(draft);
		assertThat(preview.conflicts()).extracting(PreviewProblem::messageKey)
			.contains("reorganisation.conflict.changed");
		var version = reorganisations.find(draft).orElseThrow().version();
		assertThatThrownBy(() -> reorganisations.approve(draft, version, LocalDate.of(2026, 11, 19), "2026/124", "algemeendirecteur"))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("reorganisation.notApprovable"));
		assertThat(snapshots.asOf(LocalDate.of(2027, 1, 1)).unit(dienst).orElseThrow().parentId()).isNull();
	}

	@Test
	void aDraftWhoseNewParentWasClosedSinceIsFlaggedAndNotApplied() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var afdeling = units.create(code(), values("Afdeling Die Verdwijnt", null), Y2020, null);
		var dienst = units.create(code(), values("Dienst Zonder Nieuw Thuis", null), Y2020, null);
		var draft = reorganisations.createDraft("Ontwerp met verdwenen afdeling", LocalDate.of(2027, 1, 1), "secretariaat");
		reorganisations.addChange(draft, new MoveUnit(dienst, afdeling));
		// meanwhile the afdeling is closed before the draft's effective date
		units.close(afdeling, LocalDate.of(2026, 12, 1), null);

		var preview = reorganisations.preview(draft);
		assertThat(preview.conflicts()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.conflict.parentGone");
		assertThat(preview.conflicts().get(0).arguments()).containsExactly("Afdeling Die Verdwijnt");
		var version = reorganisations.find(draft).orElseThrow().version();
		assertThatThrownBy(() -> reorganisations.approve(draft, version, LocalDate.of(2026, 11, 19), "2026/125", "algemeendirecteur"))
			.isInstanceOfSatisfying(RuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("reorganisation.notApprovable"));
		assertThat(snapshots.asOf(LocalDate.of(2027, 1, 1)).unit(dienst).orElseThrow().parentId()).isNull();
	}

	@Test
	void everyChangeIsAuditedAndACorrectionIsRecordedAsSuch() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var id = units.create(code(), values("Dienst Onder Toezicht", null), Y2020, null);
		units.changeFrom(id, LocalDate.of(2026, 1, 1), values("Dienst Onder Toezicht Nieuw", null), null);
		var unit = snapshots.asOf(LocalDate.of(2026, 1, 1)).unit(id).orElseThrow();
		units.correct(id, LocalDate.of(2026, 1, 1), new UnitManagement.SeenPeriod(unit.periodId(), unit.periodVersion()), values("Dienst Onder Toezicht Juist", null));
		var position = staff.createPosition(id, PositionKind.STAFF, "Medewerker", null, Y2020);
		var person = person("Audrey", "Audit");
		var assignment = staff.assign(person, position, BigDecimal.ONE, Y2020, null, false);
		staff.endAssignment(assignment, 0, LocalDate.of(2026, 6, 1));
		units.close(id, LocalDate.of(2026, 7, 1), null);

		assertThat(audit("OrganisationUnit", id)).containsExactly("CREATED", "CHANGED", "CORRECTED", "CLOSED");
		assertThat(audit("Position", position)).containsExactly("CREATED");
		assertThat(audit("Person", person)).containsExactly("CREATED");
		assertThat(audit("Assignment", assignment)).containsExactly("CREATED", "ENDED");
	}

	@Test
	void aDraftThatWouldCreateACycleShowsTheProblemInThePreview() {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		var top = units.create(code(), values("Afdeling Lus", null), Y2020, null);
		var below = units.create(code(), values("Dienst Lus", top), Y2020, null);
		var draft = reorganisations.createDraft("Ontwerp met lus", LocalDate.of(2027, 1, 1), "secretariaat");
		reorganisations.addChange(draft, new MoveUnit(top, below));
		assertThat(reorganisations.preview(draft).problems()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.problem.cycle");
	}

	@Test
	void theDemoOrganisationHasAboutOneHundredTwentyStaffEmployedByGemeenteOrOcmw() {
		var snapshot = snapshots.asOf(LocalDate.of(2026, 11, 23));
		var people = jdbc.sql("select employer, count(*) from org_person where work_email like '%@maldegem.example' group by employer")
			.query((rs, row) -> java.util.Map.entry(rs.getString(1), rs.getLong(2)))
			.list();
		assertThat(people.stream().mapToLong(java.util.Map.Entry::getValue).sum()).isBetween(110L, 140L);
		assertThat(people).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("GEM", "OCMW");
		assertThat(snapshot.unitsByCode()).containsKeys("ALGDIR", "FIN", "PERS", "ICT", "SOC", "BURG", "AANK", "COMM");
		assertThat(snapshot.lead(snapshot.unitsByCode().get("ICT").get(0).id(), PositionKind.HEAD).orElseThrow().vacant())
			.as("the demo shows a vacancy").isTrue();
		// one management team: chaired by the algemeen directeur, with the financieel directeur and the cluster heads
		var team = snapshot.unitsByCode().get("MT").get(0).id();
		var chair = snapshot.lead(team, PositionKind.HEAD).orElseThrow().holders().get(0).person().id();
		var director = snapshot.lead(snapshot.unitsByCode().get("ALGDIR").get(0).id(), PositionKind.HEAD).orElseThrow()
			.holders().get(0).person().id();
		assertThat(chair).isEqualTo(director);
		assertThat(snapshot.holdings(team).stream().mapToLong(holding -> holding.holders().size()).sum()).as("chair and five members").isEqualTo(6);
		assertThat(snapshot.totalFte(director)).isEqualByComparingTo("1");
		// the demo's second draft creates an afdeling with a head position and moves three services under it
		var leisure = jdbc.sql("select id from org_reorganisation where name = 'Afdeling Vrije tijd'").query(Long.class).single();
		var preview = reorganisations.preview(leisure);
		assertThat(preview.canBeApproved()).isTrue();
		var afdeling = preview.after().unitsByCode().get("AFD-VT").get(0);
		assertThat(preview.after().children(afdeling.id())).extracting(Snapshot.Unit::code)
			.containsExactlyInAnyOrder("BIB", "SPORT", "CULT");
		assertThat(preview.after().lead(afdeling.id(), PositionKind.HEAD).orElseThrow().vacant()).isTrue();
	}

	private long person(String first, String last) {
		return staff.createPerson(first, last + SEQUENCE.incrementAndGet(), null, null, "GEM");
	}

	private List<String> audit(String recordType, long recordId) {
		return jdbc.sql("select action from audit_entry where module = 'organisation' and record_type = ? and record_id = ? order by id")
			.params(recordType, String.valueOf(recordId))
			.query(String.class)
			.list();
	}

	private long periods(long unitId) {
		return jdbc.sql("select count(*) from org_unit_period where unit_id = ?").param(unitId).query(Long.class).single();
	}

	private static String code() {
		return "T" + SEQUENCE.incrementAndGet() + "X" + (System.nanoTime() % 1000);
	}

	private static UnitValues values(String name, Long parent) {
		return new UnitValues(name, UnitType.DIENST, parent, List.of("GEM", "OCMW"), null, null, null);
	}

}
