package be.eenloket.socialcases.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface CaseFileRepository extends CrudRepository<CaseFile, Long> {

	/** The file to change: its version goes up on commit even when only a request inside it changed. */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select f from CaseFile f where f.id = ?1")
	Optional<CaseFile> findForChange(long id);

	@Query("select f from CaseFile f join f.members m where m.personKey = ?1")
	Optional<CaseFile> findByMemberKey(byte[] personKey);

	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select f from CaseFile f join f.requests r where r.id = ?1")
	Optional<CaseFile> findForChangeByRequest(long requestId);

	@Query("select f from CaseFile f join f.requests r where r.id = ?1")
	Optional<CaseFile> findByRequest(long requestId);

	@Query("select f from CaseFile f join f.requests r where r.intakeId = ?1")
	Optional<CaseFile> findByIntake(long intakeId);

}
