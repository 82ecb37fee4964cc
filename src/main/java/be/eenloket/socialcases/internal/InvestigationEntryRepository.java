package be.eenloket.socialcases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface InvestigationEntryRepository extends CrudRepository<InvestigationEntry, Long> {

	List<InvestigationEntry> findByCaseFileIdOrderByHappenedOnDescIdDesc(long caseFileId);

	Optional<InvestigationEntry> findByFormToken(UUID formToken);

	long deleteByCaseFileId(long caseFileId);

}
