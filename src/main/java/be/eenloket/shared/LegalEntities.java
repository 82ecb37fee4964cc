package be.eenloket.shared;

import java.util.List;
import java.util.Optional;

/** Read access to the legal entities master data for every module. */
public interface LegalEntities {

	/** Active legal entities, ordered by code. */
	List<LegalEntity> active();

	Optional<LegalEntity> byCode(String code);

}
