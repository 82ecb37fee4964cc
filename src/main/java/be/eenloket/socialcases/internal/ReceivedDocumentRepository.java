package be.eenloket.socialcases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ReceivedDocumentRepository extends CrudRepository<ReceivedDocument, Long> {

	List<ReceivedDocument> findByCaseFileIdOrderByReceivedAtDescIdDesc(long caseFileId);

	Optional<ReceivedDocument> findByFormToken(UUID formToken);

	/** Deletes the documents of a file one by one through JPA; their bytes go with them ({@code on delete cascade}). */
	long deleteByCaseFileId(long caseFileId);

}
