package be.eenloket.socialcases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface ReceivedDocumentRepository extends CrudRepository<ReceivedDocument, Long> {

	List<ReceivedDocument> findByCaseFileIdOrderByReceivedAtDescIdDesc(long caseFileId);

	Optional<ReceivedDocument> findByFormToken(UUID formToken);

	/** Deletes the documents of a file; their bytes go with them ({@code on delete cascade}). */
	@Modifying
	@Query("delete from ReceivedDocument d where d.caseFileId = ?1")
	int deleteByCaseFile(long caseFileId);

}
