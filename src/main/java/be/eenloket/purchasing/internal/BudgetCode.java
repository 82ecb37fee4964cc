package be.eenloket.purchasing.internal;

import java.math.BigDecimal;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A budget line of the BBC on which purchases are committed: budgetary entity (legal entity), year, algemene
 * rekening, beleidsveld and optional actie, with the credit the budget gives it.
 */
@Entity
@Table(name = "pu_budget_code")
public class BudgetCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String legalEntityCode;

	private int budgetYear;

	private String account;

	private String policyField;

	private String action = "";

	private String description;

	private BigDecimal credit;

	@Version
	private long version;

	protected BudgetCode() {
	}

	public BudgetCode(String legalEntityCode, int budgetYear, String account, String policyField, String action,
			String description, BigDecimal credit) {
		RuleViolation.require(budgetYear >= 2020 && budgetYear <= 2100, "budgetYear", "purchasing.budgetCode.year.invalid");
		RuleViolation.require(account != null && account.matches("[0-9]{4,10}"), "account", "purchasing.budgetCode.account.invalid");
		RuleViolation.require(policyField != null && policyField.matches("[0-9]{4}"), "policyField",
				"purchasing.budgetCode.policyField.invalid");
		var cleanAction = action == null ? "" : action.strip();
		RuleViolation.require(cleanAction.matches("[A-Za-z0-9./-]{0,20}"), "action", "purchasing.budgetCode.action.invalid");
		RuleViolation.require(description != null && !description.isBlank(), "description",
				"purchasing.budgetCode.description.invalid");
		RuleViolation.require(credit != null && credit.signum() >= 0 && credit.compareTo(Money.ABSURD) < 0, "credit",
				"purchasing.budgetCode.credit.invalid");
		this.legalEntityCode = legalEntityCode;
		this.budgetYear = budgetYear;
		this.account = account;
		this.policyField = policyField;
		this.action = cleanAction;
		this.description = description.strip();
		this.credit = Money.of(credit);
	}

	void changeCredit(BigDecimal newCredit, String newDescription) {
		RuleViolation.require(newCredit.signum() >= 0 && newCredit.compareTo(Money.ABSURD) < 0, "credit",
				"purchasing.budgetCode.credit.invalid");
		this.credit = Money.of(newCredit);
		this.description = newDescription.strip();
	}

	/** How the code is written in the BBC: entity / rekening / beleidsveld / actie. */
	public String label() {
		return legalEntityCode + " " + budgetYear + " · " + account + " / " + policyField
				+ (action.isEmpty() ? "" : " / " + action) + " · " + description;
	}

	public Long getId() {
		return id;
	}

	public String getLegalEntityCode() {
		return legalEntityCode;
	}

	public int getBudgetYear() {
		return budgetYear;
	}

	public String getAccount() {
		return account;
	}

	public String getPolicyField() {
		return policyField;
	}

	public String getAction() {
		return action;
	}

	public String getDescription() {
		return description;
	}

	public BigDecimal getCredit() {
		return credit;
	}

	public long getVersion() {
		return version;
	}

}
