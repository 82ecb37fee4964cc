package be.eenloket.purchasing.internal;

import java.math.BigDecimal;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of the order (bestelbon) with the quantity received. Part of the {@link PurchaseRequest} aggregate. */
@Entity
@Table(name = "pu_order_line")
public class OrderLine {

	static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String description;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	private BigDecimal receivedQuantity;

	protected OrderLine() {
	}

	OrderLine(int position, String description, BigDecimal quantity, BigDecimal unitPrice) {
		var field = "lines[" + (position - 1) + "]";
		RuleViolation.require(description != null && !description.isBlank(), field + ".description",
				"purchasing.order.line.description.invalid");
		RuleViolation.require(quantity != null && quantity.signum() > 0 && quantity.compareTo(MAX_QUANTITY) < 0,
				field + ".quantity", "purchasing.order.line.quantity.invalid");
		RuleViolation.require(unitPrice != null && unitPrice.signum() >= 0 && unitPrice.compareTo(Money.ABSURD) < 0,
				field + ".unitPrice", "purchasing.order.line.unitPrice.invalid");
		this.position = position;
		this.description = description.strip();
		this.quantity = quantity.setScale(2, java.math.RoundingMode.HALF_UP);
		this.unitPrice = Money.of(unitPrice);
	}

	void receive(BigDecimal received) {
		RuleViolation.require(received != null && received.signum() >= 0 && received.compareTo(MAX_QUANTITY) < 0,
				"received[" + (position - 1) + "]", "purchasing.delivery.quantity");
		this.receivedQuantity = received.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	public BigDecimal total() {
		return Money.of(quantity.multiply(unitPrice));
	}

	public BigDecimal receivedTotal() {
		return receivedQuantity == null ? Money.of(BigDecimal.ZERO) : Money.of(receivedQuantity.multiply(unitPrice));
	}

	public boolean receivedAsOrdered() {
		return receivedQuantity != null && receivedQuantity.compareTo(quantity) == 0;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getDescription() {
		return description;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public BigDecimal getReceivedQuantity() {
		return receivedQuantity;
	}

}
