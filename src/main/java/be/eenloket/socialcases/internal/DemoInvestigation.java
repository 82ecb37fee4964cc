package be.eenloket.socialcases.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import javax.imageio.ImageIO;

import be.eenloket.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The social investigation of two demo files (Sofie Peeters, Luc Verstraete): visits and interviews, a scanned
 * document (a small generated PNG) and confidential notes, one by the worker and one by the head, so a demo shows
 * that each reads only what is theirs. Demo profile only, after {@link DemoCaseFiles}, into an empty investigation.
 */
@Component
@Profile("demo")
@Order(76)
class DemoInvestigation implements ApplicationRunner {

	private final Investigation investigation;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoInvestigation(Investigation investigation, JdbcClient jdbc, Clock clock) {
		this.investigation = investigation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from sc_investigation_entry").query(Long.class).single() > 0) {
			return;
		}
		var today = LocalDate.now(clock);
		var worker = new Viewer(DemoCaseFiles.WORKER, EnumSet.of(Role.SOCIAL_WORKER));
		var head = new Viewer("hoofdsocialedienst", EnumSet.of(Role.SOCIAL_SERVICE_HEAD));
		var peeters = fileOf("Sofie", "Peeters");
		var verstraete = fileOf("Luc", "Verstraete");
		if (peeters == null || verstraete == null) {
			return;
		}
		entry(peeters, InvestigationEntry.Kind.INTERVIEW, today.minusDays(26), """
				Eerste gesprek op het Sociaal Huis. Mevrouw huurt sinds augustus een appartement van een private
				verhuurder; de huurwaarborg van twee maanden huur kan ze niet betalen.
				Inkomen: deeltijds loon en groeipakket voor twee kinderen.""", worker);
		entry(peeters, InvestigationEntry.Kind.HOME_VISIT, today.minusDays(20), """
				Huisbezoek: het appartement is bewoonbaar en past bij de gezinsgrootte. Huurcontract ingezien,
				geregistreerd op 2 september. Geen spaargeld volgens de bankafschriften.""", worker);
		investigation.receiveDocument(peeters, new Investigation.DocumentCommand("Huurcontract (scan, demo)",
				"huurcontract.png", demoScan(), UUID.randomUUID()), worker);
		investigation.writeNote(peeters, new Investigation.NoteCommand(
				"Mevrouw vertelde in vertrouwen over spanningen met de ex-partner; nagaan of doorverwijzing naar het CAW nodig is.",
				UUID.randomUUID()), worker);
		entry(verstraete, InvestigationEntry.Kind.INTERVIEW, today.minusDays(14), """
				Gesprek over de schulden: drie schuldeisers, een afbetalingsplan bij de energieleverancier loopt.
				Meneer brengt de laatste aanmaningen mee naar de hoorzitting.""", worker);
		investigation.writeNote(verstraete, new Investigation.NoteCommand(
				"Opvolgen bij de volgende supervisie: werklast van dit dossier en de vraag om budgetbeheer.",
				UUID.randomUUID()), head);
	}

	private void entry(long fileId, InvestigationEntry.Kind kind, LocalDate on, String findings, Viewer worker) {
		investigation.logEntry(fileId,
				new Investigation.EntryCommand(kind, on, findings.replace("\n", " ").replaceAll(" {2,}", " ").strip(),
						UUID.randomUUID()),
				worker);
	}

	private Long fileOf(String firstName, String lastName) {
		return jdbc.sql("""
				select case_file_id from sc_household_member
				where first_name = ? and last_name = ? and relation = 'APPLICANT' order by case_file_id limit 1""")
			.params(firstName, lastName)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** A small grey "scan" with a few lines, so the demo's download is a real PNG. */
	private static byte[] demoScan() {
		var image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 240, 320);
		graphics.setColor(Color.GRAY);
		for (int y = 40; y < 300; y += 18) {
			graphics.fillRect(24, y, 150 + (y * 7) % 40, 6);
		}
		graphics.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
