package be.eenloket.identity.internal;

import java.util.List;
import java.util.Optional;

import be.eenloket.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	List<Account> findAllByOrderByUsernameAsc();

	@Query("select distinct a.username from Account a join a.roles r where r = :role and a.enabled = true order by a.username")
	List<String> enabledUsernamesWithRole(Role role);

	@Query("select count(distinct a) from Account a join a.roles r where r = :role and a.enabled = true")
	long countEnabledWithRole(Role role);

}
