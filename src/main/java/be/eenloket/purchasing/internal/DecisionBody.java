package be.eenloket.purchasing.internal;

/** Who decides on a purchase for a legal entity (Decreet lokaal bestuur). */
public enum DecisionBody {

	/** Decides in the portal, within the delegation the council gave. */
	ALGEMEEN_DIRECTEUR(false),
	COLLEGE(true), VAST_BUREAU(true), GEMEENTERAAD(true), RAAD_MAATSCHAPPELIJK_WELZIJN(true);

	private final boolean meets;

	DecisionBody(boolean meets) {
		this.meets = meets;
	}

	/** Whether the body decides in a meeting whose decision the secretariat records (date and number). */
	public boolean meets() {
		return meets;
	}

	/** The council of an entity: where a commitment without executable credit must go. */
	public static DecisionBody councilOf(String legalEntityCode) {
		return "OCMW".equals(legalEntityCode) ? RAAD_MAATSCHAPPELIJK_WELZIJN : GEMEENTERAAD;
	}

	public String messageKey() {
		return "decisionBody." + name();
	}

}
