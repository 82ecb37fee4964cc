package be.eenloket.purchasing.internal;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What live requests already hold: on a category per entity and year (the splitting guard), on a budget code (the
 * free credit) and on a contract (call-off orders), plus the registers' numbering. Sums over many requests, so
 * SQL rather than loading aggregates.
 */
@Component
class Commitments {

	private final JdbcClient jdbc;

	Commitments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The entity's purchases in the category and year, open requests included (refused or withdrawn ones not). */
	BigDecimal inCategory(String entity, String category, int year, Long exceptRequest) {
		return jdbc.sql("""
				select coalesce(sum(s.amount), 0) from pu_request_share s join pu_request r on r.id = s.request_id
				where s.legal_entity_code = :entity and r.category = :category and r.budget_year = :year
				  and r.status not in ('REJECTED', 'CANCELLED') and r.id <> :except""")
			.param("entity", entity)
			.param("category", category)
			.param("year", year)
			.param("except", exceptRequest == null ? -1L : exceptRequest)
			.query(BigDecimal.class)
			.single();
	}

	/** Credit of the code minus what live requests past submission already hold on it (this one excluded). */
	BigDecimal freeCredit(long budgetCodeId, Long exceptRequest) {
		return jdbc.sql("""
				select b.credit - coalesce((select sum(s.amount) from pu_request_share s join pu_request r on r.id = s.request_id
				    where s.budget_code_id = b.id and r.status not in ('SUBMITTED', 'REJECTED', 'CANCELLED')
				      and r.id <> :except), 0)
				from pu_budget_code b where b.id = :id""")
			.param("id", budgetCodeId)
			.param("except", exceptRequest == null ? -1L : exceptRequest)
			.query(BigDecimal.class)
			.single();
	}

	/** What call-off orders have used of a contract's maximum. */
	BigDecimal onContract(long contractId) {
		return jdbc.sql("""
				select coalesce(sum(l.quantity * l.unit_price), 0) from pu_order_line l join pu_request r on r.id = l.request_id
				where r.contract_id = :contract and r.status in ('ORDERED', 'DELIVERED', 'INVOICED')""")
			.param("contract", contractId)
			.query(BigDecimal.class)
			.single();
	}

	/** The request number of the year: AV-2026-00042. */
	@Transactional(propagation = Propagation.MANDATORY)
	String nextRequestNumber(int year) {
		return "AV-" + year + "-" + String.format("%05d", nextNumber("REQUEST", year));
	}

	/** The order number in the paying entity's own series: GEM-BB-2026-0007. */
	@Transactional(propagation = Propagation.MANDATORY)
	String nextOrderNumber(String entity, int year) {
		return entity + "-BB-" + year + "-" + String.format("%04d", nextNumber("ORDER-" + entity, year));
	}

	private int nextNumber(String series, int year) {
		return jdbc.sql("""
				insert into pu_counter (series, year, last_number) values (:series, :year, 1)
				on conflict (series, year) do update set last_number = pu_counter.last_number + 1
				returning last_number""")
			.param("series", series)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}
