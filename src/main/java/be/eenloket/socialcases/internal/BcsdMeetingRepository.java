package be.eenloket.socialcases.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface BcsdMeetingRepository extends CrudRepository<BcsdMeeting, Long> {

	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select m from BcsdMeeting m where m.id = ?1")
	Optional<BcsdMeeting> findForChange(long id);

}
