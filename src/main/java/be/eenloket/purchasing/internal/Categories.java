package be.eenloket.purchasing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The CPV divisions (first two digits of a CPV code) a local government buys in: the purchase categories. */
public final class Categories {

	/** Division → Dutch name (the CPV's own Dutch wording, shortened). Names are data, like the CPV itself. */
	public static final Map<String, String> DIVISIONS = new LinkedHashMap<>();

	static {
		DIVISIONS.put("03", "Landbouw-, tuinbouw- en bosbouwproducten");
		DIVISIONS.put("09", "Brandstoffen en energie");
		DIVISIONS.put("15", "Voedingsmiddelen en dranken");
		DIVISIONS.put("18", "Kleding, schoeisel en werkkleding");
		DIVISIONS.put("22", "Drukwerk en aanverwante producten");
		DIVISIONS.put("30", "Kantoormachines en computers");
		DIVISIONS.put("31", "Elektrische machines en verlichting");
		DIVISIONS.put("32", "Radio, televisie, communicatie en telecom");
		DIVISIONS.put("33", "Medische uitrusting en zorgproducten");
		DIVISIONS.put("34", "Vervoermaterieel");
		DIVISIONS.put("37", "Muziek-, sport- en spelartikelen");
		DIVISIONS.put("39", "Meubilair en huishoudartikelen");
		DIVISIONS.put("42", "Industriële machines");
		DIVISIONS.put("44", "Bouwmaterialen");
		DIVISIONS.put("45", "Bouwwerkzaamheden");
		DIVISIONS.put("48", "Software en informatiesystemen");
		DIVISIONS.put("50", "Reparatie en onderhoud");
		DIVISIONS.put("55", "Hotel, restaurant en catering");
		DIVISIONS.put("60", "Vervoersdiensten");
		DIVISIONS.put("64", "Post en telecommunicatie");
		DIVISIONS.put("66", "Financiële diensten en verzekeringen");
		DIVISIONS.put("71", "Architecten- en ingenieursdiensten");
		DIVISIONS.put("72", "IT-diensten");
		DIVISIONS.put("79", "Zakelijke diensten");
		DIVISIONS.put("80", "Onderwijs en opleiding");
		DIVISIONS.put("85", "Gezondheidszorg en maatschappelijk werk");
		DIVISIONS.put("90", "Afval, reiniging en milieu");
		DIVISIONS.put("92", "Recreatie, cultuur en sport");
		DIVISIONS.put("98", "Overige diensten");
	}

	private Categories() {
	}

	public static boolean exists(String division) {
		return division != null && DIVISIONS.containsKey(division);
	}

	public static String label(String division) {
		return division + " " + DIVISIONS.getOrDefault(division, "");
	}

}
