package be.eenloket.frontdesk;

import org.springframework.modulith.NamedInterface;

/** What a person asks the OCMW for when reception registers a social-aid request. */
@NamedInterface("events")
public enum SocialAidRequestType {

	LEEFLOON, FINANCIELE_STEUN, HUURWAARBORG, MEDISCHE_KAART, BUDGETBEGELEIDING, SCHULDBEMIDDELING, ANDERE

}
