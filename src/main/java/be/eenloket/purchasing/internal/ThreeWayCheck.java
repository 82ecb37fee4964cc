package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ordered, received and invoiced side by side: a difference beyond the tolerance (a percentage of the ordered
 * amount) is a mismatch to look into before paying.
 */
public record ThreeWayCheck(BigDecimal ordered, BigDecimal received, BigDecimal invoiced, boolean delivered,
		boolean invoicedAny, List<String> mismatches) {

	public boolean matches() {
		return delivered && invoicedAny && mismatches.isEmpty();
	}

	static ThreeWayCheck of(List<OrderLine> lines, List<Invoice> invoices, BigDecimal tolerancePercent) {
		var ordered = Money.of(lines.stream().map(OrderLine::total).reduce(BigDecimal.ZERO, BigDecimal::add));
		var delivered = !lines.isEmpty() && lines.stream().allMatch(line -> line.getReceivedQuantity() != null);
		var received = Money.of(lines.stream().map(OrderLine::receivedTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
		var invoiced = Money.of(invoices.stream().map(Invoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
		var tolerance = ordered.multiply(tolerancePercent).movePointLeft(2);
		var mismatches = new ArrayList<String>();
		if (delivered) {
			for (var line : lines) {
				if (!line.receivedAsOrdered()) {
					mismatches.add("purchasing.check.lineQuantity");
				}
			}
			if (received.subtract(ordered).abs().compareTo(tolerance) > 0) {
				mismatches.add("purchasing.check.receivedDiffers");
			}
		}
		if (!invoices.isEmpty()) {
			var basis = delivered ? received : ordered;
			if (invoiced.subtract(basis).abs().compareTo(tolerance) > 0) {
				mismatches.add(delivered ? "purchasing.check.invoicedDiffersFromReceived"
						: "purchasing.check.invoicedBeforeDelivery");
			}
		}
		return new ThreeWayCheck(ordered, received, invoiced, delivered, !invoices.isEmpty(),
				mismatches.stream().distinct().toList());
	}

}
