package be.eenloket.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds tasks and service points for what a citizen types, in PostgreSQL: Dutch full-text search (stemming:
 * "paspoorten" finds "paspoort") on accent-free text, plus trigram word similarity for typos ("rijbewys").
 * Synonyms are keywords of the task or service point ("reispas", "eID" on the passport task). Full-text matches
 * rank above near-misses; names and keywords weigh more than descriptions; popular tasks break ties.
 * Results are cached per query until the directory data changes.
 */
@Service
public class DirectorySearch {

	public enum Kind {

		TASK, SERVICE_POINT

	}

	public record Hit(Kind kind, long id, double score) {
	}

	static final int MAX_QUERY_LENGTH = 100;

	static final int MAX_RESULTS = 20;

	static final int CACHE_SIZE = 2_000;

	private final JdbcClient jdbc;

	private final DirectoryReadModel readModel;

	private final Map<String, List<Hit>> cache = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<Hit>> eldest) {
			return size() > CACHE_SIZE;
		}
	};

	private long cacheVersion = -1;

	private final TransactionTemplate transaction;

	DirectorySearch(JdbcClient jdbc, DirectoryReadModel readModel, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.readModel = readModel;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setReadOnly(true);
	}

	/** Normalises what was typed: no control characters, single spaces, at most 100 characters. */
	public static String clean(String query) {
		if (query == null) {
			return "";
		}
		var cleaned = query.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_QUERY_LENGTH) {
			cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_QUERY_LENGTH));
		}
		return cleaned;
	}

	public List<Hit> search(String query) {
		var cleaned = clean(query);
		if (cleaned.isEmpty() || cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return List.of();
		}
		var version = readModel.current().version();
		var key = cleaned.toLowerCase(java.util.Locale.ROOT);
		synchronized (cache) {
			if (version != cacheVersion) {
				cache.clear();
				cacheVersion = version;
			}
			var cached = cache.get(key);
			if (cached != null) {
				return cached;
			}
		}
		// set_config(..., true) lasts for the transaction, so both statements must share one
		var hits = transaction.execute(status -> query(cleaned));
		synchronized (cache) {
			if (version == cacheVersion) {
				cache.put(key, hits);
			}
		}
		return hits;
	}

	private List<Hit> query(String cleaned) {
		jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.45', true)").query(String.class).single();
		// The planner prices the trigram operator too cheaply and prefers scanning every row, which costs
		// 80-90 ms on 25,000 rows instead of 5-15 ms through the GIN indexes; this transaction runs only this query.
		jdbc.sql("select set_config('enable_seqscan', 'off', true)").query(String.class).single();
		// on a few cores, parallel workers for a 15 ms query cost more in throughput than they win in latency
		jdbc.sql("select set_config('max_parallel_workers_per_gather', '0', true)").query(String.class).single();
		// the query's text is written out in each condition (not joined from a CTE) so the indexes can use it
		var rows = jdbc.sql("""
				select kind, id, score from (
				  select 'TASK' as kind, t.id,
				         case when t.search_vector @@ websearch_to_tsquery('dutch', dir_norm(:q))
				              then 1 + ts_rank(t.search_vector, websearch_to_tsquery('dutch', dir_norm(:q))) else 0 end
				         + word_similarity(dir_norm(:q), t.search_text) + least(t.popularity, 100) / 1000.0 as score
				  from dir_task t
				  where t.active and (t.search_vector @@ websearch_to_tsquery('dutch', dir_norm(:q))
				                      or dir_norm(:q) <% t.search_text)
				  union all
				  select 'SERVICE_POINT', s.id,
				         case when s.search_vector @@ websearch_to_tsquery('dutch', dir_norm(:q))
				              then 1 + ts_rank(s.search_vector, websearch_to_tsquery('dutch', dir_norm(:q))) else 0 end
				         + word_similarity(dir_norm(:q), s.search_text) as score
				  from dir_service_point s
				  where s.active and (s.search_vector @@ websearch_to_tsquery('dutch', dir_norm(:q))
				                      or dir_norm(:q) <% s.search_text)
				) hits
				order by score desc, kind, id
				limit :max""")
			.param("q", cleaned)
			.param("max", MAX_RESULTS)
			.query((rs, row) -> new Hit(Kind.valueOf(rs.getString("kind")), rs.getLong("id"), rs.getDouble("score")))
			.list();
		return List.copyOf(new ArrayList<>(rows));
	}

}
