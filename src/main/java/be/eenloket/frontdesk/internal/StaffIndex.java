package be.eenloket.frontdesk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.FuzzyQuery;
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

	private StaffIndex(IndexSearcher searcher, List<StaffMember> members) {
		this.searcher = searcher;
		this.members = members;
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
			return new StaffIndex(searcher, List.copyOf(members));
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
				ways.add(scored(new FuzzyQuery(new Term(NAME, word), word.length() >= 8 ? 2 : 1, 1, 30, true), 3));
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
