package be.eenloket.frontdesk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import be.eenloket.organisation.StaffMember;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The staff as a small in-memory Lucene index for the console (internal: staff never enter the directory's public
 * index). Every word typed must match a word of the person's name, function or unit: as typed (a whole word),
 * as the start of a word (the receptionist is still typing: "Pee" finds Peeters) or, for a word of four letters
 * or more, with a typo in a name ("Quistwatter"). Whole words rank above beginnings, beginnings above typos, and a
 * name above a function or unit. Accents and capitals do not matter. Rebuilt with the staff list.
 */
final class StaffIndex {

	private static final String NAME = "name", ROLE = "role";

	private static final FieldType WORDS = wordsOnly();

	private static final Analyzer PLAIN = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			var tokenizer = new StandardTokenizer();
			return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
		}
	};

	private final IndexSearcher searcher;

	private final List<StaffMember> members;

	/** Every word of every name, once: the words a typo may be near (a few thousand in a large administration). */
	private final List<String> nameWords;

	private StaffIndex(IndexSearcher searcher, List<StaffMember> members, List<String> nameWords) {
		this.searcher = searcher;
		this.members = members;
		this.nameWords = nameWords;
	}

	static StaffIndex of(List<StaffMember> members) {
		var directory = new ByteBuffersDirectory();
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(PLAIN).setUseCompoundFile(false)
			.setRAMBufferSizeMB(64))) {
			for (var member : members) {
				var document = new Document();
				document.add(new Field(NAME, member.firstName() + " " + member.lastName(), WORDS));
				var role = new StringBuilder();
				for (var position : member.positions()) {
					role.append(position.title()).append(' ').append(position.unitName()).append(' ');
				}
				document.add(new Field(ROLE, role.toString(), WORDS));
				writer.addDocument(document);
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		try {
			var reader = DirectoryReader.open(directory);
			if (reader.leaves().size() > 1) {
				throw new IllegalStateException("The staff index must be one segment");
			}
			var searcher = new IndexSearcher(reader);
			searcher.setQueryCache(null);
			var nameWords = new LinkedHashSet<String>();
			members.forEach(member -> nameWords.addAll(words(member.firstName() + " " + member.lastName())));
			return new StaffIndex(searcher, List.copyOf(members), List.copyOf(nameWords));
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	/** The staff matching every word typed, best first, at most {@code max}. */
	List<StaffMember> search(String query, int max) {
		var words = words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		var all = new BooleanQuery.Builder();
		for (var word : words.subList(0, Math.min(8, words.size()))) {
			var ways = new ArrayList<Query>();
			ways.add(scored(new TermQuery(new Term(NAME, word)), 10));
			ways.add(scored(new PrefixQuery(new Term(NAME, word)), 8));
			ways.add(scored(new TermQuery(new Term(ROLE, word)), 6));
			ways.add(scored(new PrefixQuery(new Term(ROLE, word)), 5));
			if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
				var near = near(word, word.length() >= 8 ? 2 : 1);
				if (!near.isEmpty()) {
					var typos = new BooleanQuery.Builder();
					near.forEach(name -> typos.add(new TermQuery(new Term(NAME, name)), Occur.SHOULD));
					ways.add(scored(typos.build(), 3));
				}
			}
			all.add(new DisjunctionMaxQuery(ways, 0), Occur.MUST);
		}
		try {
			var result = new ArrayList<StaffMember>();
			for (var hit : searcher.search(all.build(), max).scoreDocs) {
				// one segment, written in order: a document's number is the member's place in the list
				result.add(members.get(hit.doc));
			}
			return result;
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	/**
	 * The words of names within {@code edits} typos of {@code word} (a letter added, left out, changed, or two
	 * swapped), with the same first letter, at most {@value #MAX_NEAR}. Lucene's fuzzy query finds the same words
	 * with an automaton built for every question: for "leefloon", which is nobody's name, that took half of the
	 * console's time; comparing with the few thousand words of names directly costs microseconds.
	 */
	List<String> near(String word, int edits) {
		var near = new ArrayList<String>();
		for (var name : nameWords) {
			if (name.charAt(0) == word.charAt(0) && Math.abs(name.length() - word.length()) <= edits
					&& typos(word, name, edits) <= edits) {
				near.add(name);
				if (near.size() == MAX_NEAR) {
					break;
				}
			}
		}
		return near;
	}

	static final int MAX_NEAR = 30;

	/**
	 * The optimal string alignment distance between two words (insertions, deletions, substitutions and swaps of
	 * neighbours), or {@code limit + 1} as soon as it must exceed {@code limit}.
	 */
	static int typos(String a, String b, int limit) {
		var previous2 = new int[b.length() + 1];
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (var j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (var i = 1; i <= a.length(); i++) {
			current[0] = i;
			var best = current[0];
			for (var j = 1; j <= b.length(); j++) {
				var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				var value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, previous2[j - 2] + 1);
				}
				current[j] = value;
				best = Math.min(best, value);
			}
			if (best > limit) {
				return limit + 1;
			}
			var spare = previous2;
			previous2 = previous;
			previous = current;
			current = spare;
		}
		return previous[b.length()];
	}

	static List<String> words(String text) {
		var words = new ArrayList<String>();
		try (var stream = PLAIN.tokenStream("", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (!words.contains(term.toString())) {
					words.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return words;
	}

	private static Query scored(Query query, float score) {
		return new BoostQuery(new ConstantScoreQuery(query), score);
	}

	private static FieldType wordsOnly() {
		var type = new FieldType();
		type.setTokenized(true);
		type.setOmitNorms(true);
		type.setIndexOptions(IndexOptions.DOCS);
		type.freeze();
		return type;
	}

}
