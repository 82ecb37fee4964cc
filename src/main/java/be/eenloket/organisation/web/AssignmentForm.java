package be.eenloket.organisation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.shared.PlausibleDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Assigning a staff member to a position. */
public class AssignmentForm {

	@NotNull(message = "{assignment.person.required}")
	private Long personId;

	@NotNull(message = "{assignment.fte.required}")
	@DecimalMin(value = "0.00", message = "{assignment.fte.range}")
	@DecimalMax(value = "1.00", message = "{assignment.fte.range}")
	@Digits(integer = 1, fraction = 2, message = "{assignment.fte.precision}")
	private BigDecimal fte = BigDecimal.ONE;

	@NotNull(message = "{assignment.validFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P50Y", to = "P5Y")
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P50Y", to = "P50Y")
	private LocalDate validTo;

	private boolean confirmOverOne;

	public Long getPersonId() {
		return personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public BigDecimal getFte() {
		return fte;
	}

	public void setFte(BigDecimal fte) {
		this.fte = fte;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public boolean isConfirmOverOne() {
		return confirmOverOne;
	}

	public void setConfirmOverOne(boolean confirmOverOne) {
		this.confirmOverOne = confirmOverOne;
	}

}
