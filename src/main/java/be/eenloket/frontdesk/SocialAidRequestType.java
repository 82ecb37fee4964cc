package be.eenloket.frontdesk;

/** What a person asks the OCMW for when reception registers a social-aid request. */
public enum SocialAidRequestType {

	LEEFLOON, FINANCIELE_STEUN, HUURWAARBORG, MEDISCHE_KAART, BUDGETBEGELEIDING, SCHULDBEMIDDELING, ANDERE

}
