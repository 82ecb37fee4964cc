package be.eenloket.socialcases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface InvestigationEntryRepository extends CrudRepository<InvestigationEntry, Long> {

	List<InvestigationEntry> findByCaseFileIdOrderByHappenedOnDescIdDesc(long caseFileId);

	Optional<InvestigationEntry> findByFormToken(UUID formToken);

	@Modifying
	@Query("delete from InvestigationEntry e where e.caseFileId = ?1")
	int deleteByCaseFile(long caseFileId);

}
