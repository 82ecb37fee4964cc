package be.eenloket.purchasing.web;

import java.math.BigDecimal;

import be.eenloket.purchasing.internal.Categories;
import be.eenloket.purchasing.internal.Money;
import org.springframework.stereotype.Component;

/** Formatting for the purchasing templates: amounts the Belgian way ({@code € 1.234,56}). */
@Component("purchasingFormat")
class PurchasingFormat {

	public String money(BigDecimal amount) {
		return amount == null ? "" : Money.format(amount);
	}

	public String category(String division) {
		return Categories.label(division);
	}

}
