package be.eenloket.directory.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import be.eenloket.directory.internal.DirectoryData;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;

import static be.eenloket.directory.internal.search.DirectoryDocuments.DESC_NL;
import static be.eenloket.directory.internal.search.DirectoryDocuments.NAME;
import static be.eenloket.directory.internal.search.DirectoryDocuments.NAME_NL;
import static be.eenloket.directory.internal.search.DirectoryDocuments.NAME_PARTS;
import static be.eenloket.directory.internal.search.DirectoryDocuments.PLACE_NL;
import static be.eenloket.directory.internal.search.DirectoryDocuments.SYN;
import static be.eenloket.directory.internal.search.DirectoryDocuments.SYN_EN;
import static be.eenloket.directory.internal.search.DirectoryDocuments.SYN_EN_PLAIN;
import static be.eenloket.directory.internal.search.DirectoryDocuments.SYN_NL;
import static be.eenloket.directory.internal.search.DirectoryDocuments.SYN_PARTS;
import static be.eenloket.directory.internal.search.DirectoryDocuments.TYPOS;
/**
 * The directory as an in-memory Lucene index: one immutable value per version of the directory data, built in one
 * go from {@link DirectoryData} (the read model), searched by many threads at once, never written to after the
 * build. A document is a task, a service point, a building, a floor or a room ({@link DirectoryDocuments} writes
 * them; this class asks the questions).
 * <p>
 * Ranking is explicit rather than statistical: every word of the question scores the best way it matches a document
 * (exact word of the name 10, stemmed name 9, a Dutch or English synonym 7 or 6.5, part of a compound in the name 4
 * or the synonyms 3.5, a typo of the name 3 or of a synonym 2.5, the description 2, where it is 1.5), weighted by
 * how rare the word is; the words' scores add up. Then a small prior puts tasks ahead of service points, buildings,
 * floors and rooms when they match equally, and popular tasks ahead of rare ones. A room comes first only when the
 * question names it (its name scores above any synonym of a task).
 * <p>
 * What citizens type is never parsed as Lucene syntax: the question is cut into words by the same analyzers as the
 * documents and the query is built from those words, so {@code title:*} or {@code a AND (} are just words.
 */
public final class DirectoryIndex {

	public enum Kind {

		TASK(0.6), SERVICE_POINT(0.4), BUILDING(0.3), FLOOR(0.1), ROOM(0.0);

		final double prior;

		Kind(double prior) {
			this.prior = prior;
		}

	}

	/** One answer: what it is, its id in {@link DirectoryData}, and its score (higher is better). */
	public record Hit(Kind kind, long id, double score) {
	}

	/** How the index was built: for the log and the performance report. */
	public record Stats(long version, LocalDate day, int documents, long buildMillis, long bytes) {
	}



	/** A question has at most this many words; more say nothing new and only cost time. */
	static final int MAX_WORDS = 12;

	/** Words whose query is kept: about 3 KB each, so at most 12 MB next to the index. */
	static final int MAX_KNOWN_WORDS = 4_096;

	/** Typo queries kept: the latest, about 3 KB each. */
	static final int MAX_RECENT_TYPOS = 1_024;

	/** Candidates taken from Lucene before the priors reorder them. */
	static final int CANDIDATES = 100;

	/** What a document is: its kind, its id in the read model and its share of the score before any word. */
	record Entry(Kind kind, long id, double prior) {
	}

	private final IndexSearcher searcher;

	private final List<Entry> entries;

	/** Word queries of this index with their terms looked up ({@link #known(String)}). */
	private final Map<String, Query> knownWords = new ConcurrentHashMap<>();

	/**
	 * The latest words the index does not hold, with their near words found ({@link #known(String)}): finding near
	 * words builds an automaton, the dearest step of a search, and at the front desk the same typo comes back while
	 * the receptionist reads the answers. An endless supply, so the map starts over when full.
	 */
	private final Map<String, Query> recentTypos = new ConcurrentHashMap<>();

	private final Stats stats;

	private final Analyzer plain = SearchAnalysis.plain();

	private final Analyzer dutch = SearchAnalysis.dutch();

	private final Analyzer english = SearchAnalysis.english();

	/** Splits a compound the index does not know as a whole ("jeugdsubsidie", "geluidsoverlast"). */
	private final Analyzer plainParts;

	private DirectoryIndex(IndexSearcher searcher, List<Entry> entries, Stats stats, Analyzer plainParts) {
		this.plainParts = plainParts;
		this.searcher = searcher;
		this.entries = entries;
		this.stats = stats;
	}

	public Stats stats() {
		return stats;
	}

	public long version() {
		return stats.version();
	}

	/** The day whose places (a service point's building and floor) the index holds. */
	public LocalDate day() {
		return stats.day();
	}

	/** Builds the index of the active tasks, service points, buildings, floors and rooms, placed as on {@code today}. */
	public static DirectoryIndex build(DirectoryData data, LocalDate today) {
		var started = System.nanoTime();
		var written = DirectoryDocuments.write(data, today);
		var searcher = new IndexSearcher(written.reader());
		// every question is scored by the explicit boosts below; unique questions would only churn a query cache
		searcher.setQueryCache(null);
		searcher.setSimilarity(new BM25Similarity());
		var millis = (System.nanoTime() - started) / 1_000_000;
		return new DirectoryIndex(searcher, written.entries(),
				new Stats(data.version(), today, written.entries().size(), millis, written.bytes()),
				SearchAnalysis.plainParts(written.dictionary()));
	}

	/** The best {@code max} answers, best first; empty when the question has no word to look for. */
	public List<Hit> search(String question, int max) {
		var query = query(question);
		if (query == null) {
			return List.of();
		}
		try {
			var top = searcher.search(query, CANDIDATES);
			var hits = new ArrayList<Hit>(top.scoreDocs.length);
			for (var scoreDoc : top.scoreDocs) {
				// slices of one segment each, written in order: a document's number is its place in the entries
				var entry = entries.get(scoreDoc.doc);
				hits.add(new Hit(entry.kind(), entry.id(), scoreDoc.score + entry.prior()));
			}
			hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::kind).thenComparingLong(Hit::id));
			return List.copyOf(hits.subList(0, Math.min(max, hits.size())));
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	/** The query for a question, or {@code null} when it holds no word worth looking for. */
	Query query(String question) {
		if (question == null || question.isBlank()) {
			return null;
		}
		// a single letter ("b" of "<b>") says nothing; a single digit may be a house or floor number
		var words = SearchAnalysis.terms(plain, question).stream()
			.filter(word -> word.length() > 1 || Character.isDigit(word.charAt(0)))
			.distinct()
			.limit(MAX_WORDS)
			.toList();
		var meaningful = words.stream()
			.filter(word -> !SearchAnalysis.isDutchStopWord(word) && !SearchAnalysis.isEnglishStopWord(word))
			.toList();
		// a question of only Dutch stop words ("uit", "wie") is still looked up, word for word
		var lookedUp = meaningful.isEmpty() ? words.stream()
			.filter(word -> word.length() >= 3 && !SearchAnalysis.isEnglishStopWord(word))
			.toList() : meaningful;
		if (lookedUp.isEmpty()) {
			return null;
		}
		var query = new BooleanQuery.Builder();
		for (var word : lookedUp) {
			query.add(known(word), Occur.SHOULD);
		}
		return query.build();
	}

	/**
	 * The query for one word, from {@link #knownWords} when the word was asked before: a question nobody asked before
	 * is mostly made of words somebody did ("rijbewijs", "aanvragen"), and a word's query, with its terms already
	 * looked up in every field and segment, is the same for every question of this index. Only words the index holds
	 * are kept for the index's life (at most {@value #MAX_KNOWN_WORDS}): typos and numbers nobody has are an endless
	 * supply. A typo's query is kept rewritten among the latest {@value #MAX_RECENT_TYPOS} ({@link #recentTypos}).
	 */
	private Query known(String word) {
		var kept = knownWords.get(word);
		if (kept != null) {
			return kept;
		}
		var typo = recentTypos.get(word);
		if (typo != null) {
			return typo;
		}
		var frequency = frequency(word);
		var query = compoundAware(word, frequency);
		if (frequency > 0) {
			if (knownWords.size() < MAX_KNOWN_WORDS) {
				knownWords.putIfAbsent(word, query);
			}
		}
		else if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
			// the search would rewrite it anyway: rewritten here, the near words found stay with the query
			query = rewritten(query);
			if (recentTypos.size() >= MAX_RECENT_TYPOS) {
				recentTypos.clear();
			}
			recentTypos.putIfAbsent(word, query);
		}
		return query;
	}

	private Query rewritten(Query query) {
		try {
			return searcher.rewrite(query);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	/**
	 * A word the index does not hold as a whole may be a compound of words it does hold ("jeugdsubsidie" for
	 * "subsidie voor een jeugdvereniging"): then its parts count too, at {@value #PART_WEIGHT} of a word's score, so
	 * a typo of a whole name ("identitijtskaart") still ranks above a name holding only one part ("medische kaart").
	 */
	private Query compoundAware(String word, int frequency) {
		var whole = wordQuery(word, frequency);
		if (word.length() < 7 || frequency > 0) {
			return whole;
		}
		var parts = SearchAnalysis.terms(plainParts, word).stream().filter(part -> !part.equals(word)).distinct().toList();
		if (parts.isEmpty()) {
			return whole;
		}
		var query = new BooleanQuery.Builder().add(whole, Occur.SHOULD);
		for (var part : parts) {
			query.add(new BoostQuery(wordQuery(part, frequency(part)), PART_WEIGHT), Occur.SHOULD);
		}
		return query.build();
	}

	static final float PART_WEIGHT = 0.3f;

	private boolean unknown(String word, String dutchTerm, String englishTerm) {
		try {
			var reader = searcher.getIndexReader();
			return reader.docFreq(new Term(TYPOS, word)) == 0 && reader.docFreq(new Term(NAME_NL, dutchTerm)) == 0
					&& reader.docFreq(new Term(SYN_NL, dutchTerm)) == 0 && reader.docFreq(new Term(SYN_EN, englishTerm)) == 0;
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	/** In how many documents the word is part of the name or the synonyms (for a typo: none). */
	private int frequency(String word) {
		try {
			var reader = searcher.getIndexReader();
			return Math.max(reader.docFreq(new Term(TYPOS, word)), reader.docFreq(new Term(DESC_NL, word)));
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private Query wordQuery(String word, int frequency) {
		var dutchTerm = first(SearchAnalysis.terms(dutch, word), word);
		var englishTerm = first(SearchAnalysis.terms(english, word), word);
		var clauses = new ArrayList<Query>();
		clauses.add(scored(term(NAME, word), 10));
		clauses.add(scored(term(NAME_NL, dutchTerm), 9));
		clauses.add(scored(term(SYN, word), 7));
		clauses.add(scored(term(SYN_NL, dutchTerm), 6.5f));
		clauses.add(scored(term(SYN_EN, englishTerm), 6.5f));
		clauses.add(scored(term(SYN_EN_PLAIN, word), 7));
		clauses.add(scored(term(NAME_PARTS, dutchTerm), 4));
		clauses.add(scored(term(SYN_PARTS, dutchTerm), 3.5f));
		// A typo is a word no name or synonym holds, as typed or stemmed: only then look for near words (building
		// the automaton for two edits is the dearest step of a search), over names and synonyms in one field.
		var edits = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
		if (edits > 0 && word.chars().allMatch(Character::isLetter) && unknown(word, dutchTerm, englishTerm)) {
			clauses.add(scored(new FuzzyQuery(new Term(TYPOS, word), edits, 1, 30, true), 3));
		}
		clauses.add(scored(term(DESC_NL, dutchTerm), 2));
		clauses.add(scored(term(PLACE_NL, dutchTerm), 1.5f));
		return new BoostQuery(new DisjunctionMaxQuery(clauses, 0.0f), rarity(frequency));
	}

	/** 1 for a word few documents have (or none: a typo), down to 0.5 for a word every document has. */
	private float rarity(int frequency) {
		var documents = Math.max(2, searcher.getIndexReader().numDocs());
		return (float) (0.5 + 0.5 * Math.log((documents + 1.0) / (frequency + 1.0)) / Math.log(documents + 1.0));
	}

	private static Query scored(Query query, float score) {
		return new BoostQuery(new ConstantScoreQuery(query), score);
	}

	/** A term query whose term is looked up now, in every segment, so that a kept word query never looks it up again. */
	private Query term(String field, String text) {
		var term = new Term(field, text);
		try {
			return new TermQuery(term, TermStates.build(searcher, term, true));
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private static String first(List<String> terms, String fallback) {
		return terms.isEmpty() ? fallback : terms.get(0);
	}

	/** For tests: the words whose query is kept. */
	Set<String> knownWords() {
		return Set.copyOf(knownWords.keySet());
	}

	/** For tests: the unknown words whose rewritten query is kept. */
	Set<String> recentTypos() {
		return Set.copyOf(recentTypos.keySet());
	}

	/** For diagnostics: the documents in this index by kind. */
	public Map<Kind, Long> countByKind() {
		return entries.stream().collect(Collectors.groupingBy(Entry::kind, Collectors.counting()));
	}

}
