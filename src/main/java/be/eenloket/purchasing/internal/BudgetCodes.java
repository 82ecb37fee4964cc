package be.eenloket.purchasing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetCodes extends JpaRepository<BudgetCode, Long> {

	List<BudgetCode> findAllByOrderByBudgetYearDescLegalEntityCodeAscAccountAscPolicyFieldAscActionAsc();

	List<BudgetCode> findByBudgetYearGreaterThanEqualOrderByLegalEntityCodeAscBudgetYearAscAccountAsc(int year);

	Optional<BudgetCode> findByLegalEntityCodeAndBudgetYearAndAccountAndPolicyFieldAndAction(String legalEntityCode,
			int budgetYear, String account, String policyField, String action);

}
