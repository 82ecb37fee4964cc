package be.eenloket.socialcases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface ConfidentialNoteRepository extends CrudRepository<ConfidentialNote, Long> {

	List<ConfidentialNote> findByCaseFileIdOrderByWrittenAtDescIdDesc(long caseFileId);

	Optional<ConfidentialNote> findByFormToken(UUID formToken);

	@Modifying
	@Query("delete from ConfidentialNote n where n.caseFileId = ?1")
	int deleteByCaseFile(long caseFileId);

}
