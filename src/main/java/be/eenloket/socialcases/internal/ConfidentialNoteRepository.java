package be.eenloket.socialcases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ConfidentialNoteRepository extends CrudRepository<ConfidentialNote, Long> {

	List<ConfidentialNote> findByCaseFileIdOrderByWrittenAtDescIdDesc(long caseFileId);

	Optional<ConfidentialNote> findByFormToken(UUID formToken);

	long deleteByCaseFileId(long caseFileId);

}
