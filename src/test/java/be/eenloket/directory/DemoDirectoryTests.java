package be.eenloket.directory;

import java.time.LocalDate;
import java.time.LocalTime;

import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo directory is placed as seed 000 (Maldegem) says, and PostgreSQL guards the opening hours. */
@IntegrationTest
class DemoDirectoryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryReadModel readModel;

	@ParameterizedTest(name = "{0} is in {1} on level {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Onthaal gemeentehuis                  | gemeentehuis      | 0
			Personeelsdienst gemeente en OCMW     | gemeentehuis      | 0
			Dienst Burgerzaken                    | gemeentehuis      | 0
			Cultuur- en jeugddienst               | gemeentehuis      | 0
			UiTloket                              | gemeentehuis      | 0
			Secretariaat burgemeester             | gemeentehuis      | 1
			Dienst communicatie                   | gemeentehuis      | 1
			Secretariaat                          | gemeentehuis      | 2
			Financiële dienst                     | gemeentehuis      | 2
			Stafmedewerker veiligheid             | gemeentehuis      | 3
			Stafmedewerker erfgoed                | gemeentehuis      | 3
			Coördinator evenementen               | gemeentehuis      | 3
			Sociale dienst (Sociaal Huis)         | ocmw              | 0
			ICT-dienst                            | ocmw              | 0
			Dienst infrastructuur gemeente en OCMW| site-bloemestraat | 0
			MOP-team                              | site-bloemestraat | 0
			""")
	void everyServiceOfTheSeedIsWhereTheSeedPutsIt(String name, String building, int level) {
		var placed = jdbc.sql("""
				select b.slug || '/' || f.level from dir_service_point s join dir_location l on l.service_point_id = s.id
				join dir_floor f on f.id = l.floor_id join dir_building b on b.id = f.building_id
				where s.name = ? and daterange(l.valid_from, l.valid_to) @> date '2018-01-01'""")
			.param(name).query(String.class).single();
		assertThat(placed).isEqualTo(building + "/" + level);
	}

	@Test
	void theRoomsOfTheSeedAreOnTheirFloorsAndTheFloorsHaveLocalNames() {
		var rooms = jdbc.sql("""
				select f.level || ' ' || r.name from dir_room r join dir_floor f on f.id = r.floor_id
				join dir_building b on b.id = f.building_id where b.slug = 'gemeentehuis'""").query(String.class).list();
		assertThat(rooms).contains("-1 Polyvalente ruimte", "-1 Refter", "1 Trouwzaal", "1 Bureel burgemeester",
				"2 Bureel secretaris", "2 Bureel beleid en organisatie", "2 Bureel financieel beheerder", "2 Collegezaal",
				"3 Raadzaal");
		var floors = jdbc.sql("""
				select f.display_name from dir_floor f join dir_building b on b.id = f.building_id
				where b.slug = 'gemeentehuis' order by f.level""").query(String.class).list();
		assertThat(floors).hasSize(5).containsSubsequence("gelijkvloers", "1ste verdieping", "2de verdieping", "3de verdieping");
	}

	@Test
	void atLeastFortyTasksWithSynonymsEachHandledByAServicePointAndOneUpcomingMove() {
		var tasks = readModel.current().tasks().values().stream().filter(task -> !task.slug().startsWith("bench-")).toList();
		assertThat(tasks).hasSizeGreaterThanOrEqualTo(40)
			.allSatisfy(task -> {
				assertThat(task.keywords()).as(task.slug()).isNotBlank();
				assertThat(task.servicePointIds()).as(task.slug()).isNotEmpty();
			});
		assertThat(jdbc.sql("""
				select count(*) from dir_location l join dir_service_point s on s.id = l.service_point_id
				where s.slug = 'communicatie' and l.valid_from > current_date""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void postgresqlRefusesOverlappingSlotsAndSlotsThatEndBeforeTheyStart() {
		var schedule = jdbc.sql("""
				select d.id from dir_schedule d join dir_service_point s on s.id = d.service_point_id
				where s.slug = 'veiligheid' order by d.valid_from limit 1""").query(Long.class).single();
		assertThatThrownBy(() -> slot(schedule, 1, "11:00", "14:00")).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("dir_slot_no_overlap");
		assertThatThrownBy(() -> slot(schedule, 2, "16:00", "09:00")).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("dir_slot_order");
		var point = jdbc.sql("select id from dir_service_point where slug = 'veiligheid'").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into dir_exception (service_point_id, day, closed, opens, closes, reason)
				values (?, ?, false, '10:00', '12:00', 'Overlap met Kerstmis')""")
			.params(point, LocalDate.of(LocalDate.now().getYear(), 12, 25)).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("dir_exception_no_overlap");
	}

	private void slot(long schedule, int day, String opens, String closes) {
		jdbc.sql("insert into dir_slot (schedule_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
			.params(schedule, day, LocalTime.parse(opens), LocalTime.parse(closes))
			.update();
	}

}
