package be.eenloket.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.UnitType;
import be.eenloket.shared.Period;
import org.junit.jupiter.api.Test;

/** A draft's preview and conflicts as pure rules: an organogram in memory, no Spring, no database. */
class ReorganisationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final LocalDate EFFECTIVE = LocalDate.of(2027, 1, 1);

	static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);

	final Organogram organogram = new Organogram();

	final long afdeling = organogram.unit(1, "AFD", "Afdeling Ondersteuning", null);

	final long finance = organogram.unit(2, "FIN", "Dienst Financiën", afdeling);

	final long personnel = organogram.unit(3, "PERS", "Dienst Personeel", afdeling);

	final Reorganisation draft = Reorganisation.draft("Samenvoeging", EFFECTIVE, "secretariaat",
			OffsetDateTime.of(TODAY.atStartOfDay(), ZoneOffset.UTC));

	long nextChangeId = 100;

	@Test
	void aMoveShowsTheUnitUnderItsNewParentAndARenameItsNewName() {
		add(new MoveUnit(finance, null));
		add(new RenameUnit(personnel, "Dienst Mensen"));

		var preview = preview();

		assertThat(preview.canBeApproved()).isTrue();
		assertThat(preview.after().unit(finance).orElseThrow().parentId()).isNull();
		assertThat(preview.after().unit(personnel).orElseThrow().name()).isEqualTo("Dienst Mensen");
		assertThat(preview.today().unit(finance).orElseThrow().parentId()).isEqualTo(afdeling);
	}

	@Test
	void aNewUnitTakesInExistingUnitsAndItsHeadPositionReceivesAStaffMove() {
		var head = organogram.position(20, finance, PositionKind.HEAD, "Financieel directeur");
		var hanne = organogram.assign(30, head, "Hanne Hoofd");
		var created = add(new CreateUnit("AFD-NIEUW", "Afdeling Nieuw", UnitType.AFDELING, null, List.of("GEM"),
				"Afdelingshoofd", "A4a"));
		var key = DraftChange.createdUnitKey(created);
		add(new MoveUnit(finance, key));
		add(new MoveStaff(hanne, key));

		var preview = preview();

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.after().unit(finance).orElseThrow().parentId()).isEqualTo(key);
		assertThat(preview.after().lead(key, PositionKind.HEAD).orElseThrow().holders())
			.extracting(holder -> holder.person().fullName())
			.containsExactly("Hanne Hoofd");
		assertThat(preview.after().lead(finance, PositionKind.HEAD).orElseThrow().vacant()).isTrue();
	}

	@Test
	void changesTakeEffectInPhasesWhateverTheOrderTheyWereAddedIn() {
		var staffPosition = organogram.position(20, personnel, PositionKind.STAFF, "Medewerker");
		var jos = organogram.assign(30, staffPosition, "Jos Blijft");
		var target = organogram.position(21, finance, PositionKind.STAFF, "Boekhouder");
		// the closure is added first, but takes effect after the staff move has emptied the unit
		add(new CloseUnit(personnel));
		add(new MoveStaff(jos, target));

		var preview = preview();

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.after().unit(personnel)).isEmpty();
		assertThat(draft.inOrder()).extracting(DraftChange::kind).containsExactly(ChangeKind.MOVE_STAFF, ChangeKind.CLOSE);
	}

	@Test
	void closingAUnitThatStillHasStaffOrUnitsBelowItIsAProblemOfTheDraft() {
		organogram.assign(30, organogram.position(20, finance, PositionKind.STAFF, "Boekhouder"), "Bea Boek");
		add(new CloseUnit(afdeling));
		add(new CloseUnit(finance));

		assertThat(preview().problems()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.problem.closeNotEmpty", "reorganisation.problem.closeNotEmpty");
		assertThat(preview().problems().get(1).arguments()).containsExactly("Dienst Financiën", 0, 1L);
	}

	@Test
	void closingAUnitWithServicePointsOrPeopleStartingLaterIsAProblemOnlyTheWorldKnows() {
		organogram.servicePoints.put(personnel, 2);
		organogram.laterStaff.put(personnel, 1L);
		add(new CloseUnit(personnel));

		assertThat(preview().problems()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.problem.closeServicePoints", "reorganisation.problem.closeLaterStaff");
	}

	@Test
	void aMoveThatWouldPutAUnitUnderItsOwnDescendantIsAProblem() {
		add(new MoveUnit(afdeling, finance));

		assertThat(preview().problems()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.problem.cycle");
	}

	@Test
	void aHeadPositionThatIsStillHeldCannotReceiveAStaffMove() {
		var head = organogram.position(20, finance, PositionKind.HEAD, "Financieel directeur");
		organogram.assign(30, head, "Hilde Hoofd");
		var hopeful = organogram.assign(31, organogram.position(21, personnel, PositionKind.STAFF, "Medewerker"),
				"Hans Hoopvol");
		add(new MoveStaff(hopeful, head));

		assertThat(preview().problems()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.problem.targetTaken");
	}

	@Test
	void aUnitChangedSinceTheDraftWasPreparedIsAConflict() {
		add(new RenameUnit(finance, "Dienst Geld"));
		add(new MoveUnit(personnel, finance));
		organogram.changePeriod(finance);
		organogram.remove(personnel);

		var preview = preview();

		assertThat(preview.conflicts()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.conflict.changed", "reorganisation.conflict.gone");
		assertThat(preview.canBeApproved()).isFalse();
	}

	@Test
	void aNewParentThatDisappearedACodeTakenSinceAndAChangedAssignmentAreConflicts() {
		var staffPosition = organogram.position(20, personnel, PositionKind.STAFF, "Medewerker");
		var jos = organogram.assign(30, staffPosition, "Jos Verhuis");
		add(new MoveUnit(finance, personnel));
		add(new CreateUnit("NIEUW", "Dienst Nieuw", UnitType.DIENST, null, List.of("GEM"), null, null));
		add(new MoveStaff(jos, organogram.position(21, finance, PositionKind.STAFF, "Boekhouder")));
		organogram.remove(personnel);
		organogram.codes.add("NIEUW");
		organogram.assignmentVersions.put(jos, 5L);

		assertThat(preview().conflicts()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.conflict.parentGone", "reorganisation.conflict.codeTaken",
					"reorganisation.conflict.assignmentChanged");
	}

	@Test
	void aDraftWhoseDateHasPassedOrThatIsEmptyCannotBeApproved() {
		var preview = draft.preview(organogram.snapshot(EFFECTIVE), organogram);

		assertThat(preview.conflicts()).extracting(PreviewProblem::messageKey)
			.containsExactly("reorganisation.conflict.datePassed");
		assertThat(preview.problems()).extracting(PreviewProblem::messageKey).containsExactly("reorganisation.problem.empty");
		assertThatThrownBy(() -> draft.checkApproval(draft.version(), TODAY, "2026/1", TODAY, preview))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("reorganisation.notApprovable"));
	}

	@Test
	void eachKindChecksItselfWhenItIsAdded() {
		assertRefused(new RenameUnit(finance, " "), "newName", "unit.name.required");
		assertRefused(new MoveUnit(99L, null), "unitId", "unit.notOnDate");
		assertRefused(new MoveUnit(finance, -5L), "newParentId", "reorganisation.change.parent.unknown");
		assertRefused(new ChangeEntities(finance, List.of()), "newLegalEntities", "unit.legalEntities.required");
		assertRefused(new CreateUnit("fin", "Dienst", UnitType.DIENST, null, List.of("GEM"), null, null), "newCode",
				"unit.code.format");
		organogram.codes.add("OUD");
		assertRefused(new CreateUnit("OUD", "Dienst", UnitType.DIENST, null, List.of("GEM"), null, null), "newCode",
				"unit.code.taken");
		assertRefused(new CreateUnit("NIEUW", "Dienst", UnitType.DIENST, null, List.of("GEM"), "Hoofd", "Z9"),
				"newHeadGrade", "position.grade.format");
		assertRefused(new MoveStaff(null, 1L), "assignmentId", "reorganisation.change.assignment.required");
		assertThat(draft.changes()).isEmpty();
	}

	@Test
	void aNewUnitCannotLeaveTheDraftWhileAnotherChangeBuildsOnIt() {
		var created = add(new CreateUnit("NIEUW", "Dienst Nieuw", UnitType.DIENST, null, List.of("GEM"), null, null));
		add(new MoveUnit(finance, DraftChange.createdUnitKey(created)));

		assertThatThrownBy(() -> draft.remove(created)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.arguments()).containsExactly("Dienst Nieuw", 1L));
		draft.remove(nextChangeId - 1);
		draft.remove(created);
		assertThat(draft.changes()).isEmpty();
	}

	@Test
	void onlyADraftChanges() {
		draft.cancel(draft.version());

		assertThatThrownBy(() -> add(new RenameUnit(finance, "Dienst Geld"))).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.messageKey()).isEqualTo("reorganisation.notDraft"));
		assertThat(draft.preview(organogram.snapshot(TODAY), organogram).canBeApproved()).isTrue();
	}

	private long add(DraftChange change) {
		var id = nextChangeId++;
		((ReorganisationChange) change).identify(id);
		draft.add(change, organogram, OffsetDateTime.now());
		return id;
	}

	private void assertRefused(DraftChange change, String field, String key) {
		assertThatThrownBy(() -> draft.add(change, organogram, OffsetDateTime.now()))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.messageKey()).isEqualTo(key);
			});
	}

	private Preview preview() {
		return draft.preview(organogram.snapshot(TODAY), organogram);
	}

	/** An organogram in memory that answers as the database would. */
	static final class Organogram implements DraftWorld {

		final Map<Long, Snapshot.Unit> units = new HashMap<>();

		final Map<Long, Snapshot.Position> positions = new HashMap<>();

		final Map<Long, Snapshot.Assignment> assignments = new HashMap<>();

		final Map<Long, Snapshot.Person> people = new HashMap<>();

		final Map<Long, Long> assignmentVersions = new HashMap<>();

		final Map<Long, Integer> servicePoints = new HashMap<>();

		final Map<Long, Long> laterStaff = new HashMap<>();

		final Set<String> codes = new HashSet<>();

		long unit(long id, String code, String name, Long parent) {
			units.put(id, new Snapshot.Unit(id, code, name, UnitType.DIENST, parent, List.of("GEM"), null, null, null,
					id * 10, 0, Y2020, null));
			codes.add(code);
			return id;
		}

		long position(long id, long unit, PositionKind kind, String title) {
			positions.put(id, new Snapshot.Position(id, unit, kind, title, null, Y2020, null, 0));
			return id;
		}

		long assign(long id, long position, String name) {
			var names = name.split(" ");
			people.put(id, new Snapshot.Person(id, names[0], names[1], null, null, "GEM", null, 0));
			assignments.put(id, new Snapshot.Assignment(id, position, id, BigDecimal.ONE, Y2020, null, 0));
			assignmentVersions.put(id, 0L);
			return id;
		}

		void changePeriod(long id) {
			var unit = units.get(id);
			units.put(id, new Snapshot.Unit(id, unit.code(), unit.name(), unit.type(), unit.parentId(),
					unit.legalEntities(), null, null, null, unit.periodId(), unit.periodVersion() + 1, Y2020, null));
		}

		void remove(long id) {
			units.remove(id);
		}

		Snapshot snapshot(LocalDate date) {
			return new Snapshot(date, units, positions, List.copyOf(assignments.values()), people);
		}

		@Override
		public LocalDate effectiveDate() {
			return EFFECTIVE;
		}

		@Override
		public Snapshot onEffectiveDate() {
			return snapshot(EFFECTIVE);
		}

		@Override
		public boolean codeTaken(String code) {
			return codes.contains(code);
		}

		@Override
		public String lastName(long unitId) {
			return Optional.ofNullable(units.get(unitId)).map(Snapshot.Unit::name).orElse("#" + unitId);
		}

		@Override
		public int servicePoints(long unitId) {
			return servicePoints.getOrDefault(unitId, 0);
		}

		@Override
		public long staffStartingAfter(long unitId, LocalDate date) {
			return laterStaff.getOrDefault(unitId, 0L);
		}

		@Override
		public Optional<AssignmentState> assignment(long assignmentId) {
			return Optional.ofNullable(assignments.get(assignmentId))
				.map(found -> new AssignmentState(found.id(), found.positionId(),
						people.get(found.personId()).fullName(), new Period(found.validFrom(), found.validTo()),
						assignmentVersions.get(found.id())));
		}

	}

}
