package be.eenloket.directory.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How text becomes search terms, the same for the documents and for what citizens type:
 * <ul>
 * <li><b>plain</b>: words in lower case without accents ("Financiële" → "financiele"); exact and fuzzy matching;</li>
 * <li><b>Dutch</b>: plain, minus Dutch stop words, Snowball-stemmed ("paspoorten" → "paspoort");</li>
 * <li><b>Dutch parts</b> (documents only): Dutch, plus the known words inside compounds ("huurwaarborg" also as
 * "huur" and "waarborg", "trouwzaal" as "trouw" and "zaal"), with a dictionary made of the directory's own names
 * and keywords and a short list of common Dutch compound parts;</li>
 * <li><b>English</b>: plain, minus English stop words, Porter-stemmed ("licences" → "licenc").</li>
 * </ul>
 */
public final class SearchAnalysis {

	/** Question words citizens type that say nothing about what they look for. */
	static final List<String> EXTRA_DUTCH_STOP_WORDS = List.of("waar", "wanneer", "welke", "welk", "graag", "vind",
			"vinden", "moet", "kan", "ik", "mijn", "iemand", "wil", "willen");

	static final List<String> EXTRA_ENGLISH_STOP_WORDS = List.of("where", "can", "i", "my", "how", "do", "get", "find",
			"what", "who", "want", "need", "me", "you", "your", "we", "our", "please", "which");

	/** Parts of Dutch compounds common in a municipality's words, besides the directory's own words. */
	static final List<String> COMPOUND_PARTS = List.of("aanvraag", "aangifte", "attest", "bewijs", "kaart", "zaal",
			"ruimte", "dienst", "loket", "vergunning", "premie", "steun", "hulp", "huur", "waarborg", "afval", "vuil",
			"park", "straat", "plein", "huis", "kind", "kinder", "jeugd", "school", "sport", "cultuur", "geld",
			"belasting", "factuur", "schuld", "werk", "bouw", "milieu", "water", "energie", "trouw", "huwelijk",
			"geboorte", "identiteit", "reis", "rij", "pas", "paspoort", "burger", "gemeente", "raad", "college",
			"bureel", "burgemeester", "schepen", "archief", "erfgoed", "feest", "markt", "ophaling", "inschrijving",
			"uittreksel", "verklaring", "parkeer", "parkeren", "bewoner", "container", "verhuis", "adres", "woonst");

	static final CharArraySet DUTCH_STOP_WORDS = stopWords(DutchAnalyzer.getDefaultStopSet(), EXTRA_DUTCH_STOP_WORDS);

	static final CharArraySet ENGLISH_STOP_WORDS = stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
			EXTRA_ENGLISH_STOP_WORDS);

	private SearchAnalysis() {
	}

	/** Lower case, accents folded, no stemming. */
	public static Analyzer plain() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				var tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, fold(tokenizer));
			}
		};
	}

	public static Analyzer dutch() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				var tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer,
						new SnowballFilter(new StopFilter(fold(tokenizer), DUTCH_STOP_WORDS), new DutchStemmer()));
			}
		};
	}

	/** Dutch with the known parts of compounds, for documents: {@code dictionary} holds plain (folded) words. */
	public static Analyzer dutchParts(CharArraySet dictionary) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				var tokenizer = new StandardTokenizer();
				TokenStream stream = new StopFilter(fold(tokenizer), DUTCH_STOP_WORDS);
				stream = new DictionaryCompoundWordTokenFilter(stream, dictionary, 6, 4, 20, false);
				return new TokenStreamComponents(tokenizer, new SnowballFilter(stream, new DutchStemmer()));
			}
		};
	}

	/** Plain words with the known parts of compounds ("jeugdsubsidie" also as "jeugd" and "subsidie"), no stemming. */
	public static Analyzer plainParts(CharArraySet dictionary) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				var tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer,
						new DictionaryCompoundWordTokenFilter(fold(tokenizer), dictionary, 6, 4, 20, false));
			}
		};
	}

	public static Analyzer english() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				var tokenizer = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(tokenizer);
				stream = new StopFilter(fold(stream), ENGLISH_STOP_WORDS);
				return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
			}
		};
	}

	/** The dictionary for {@link #dutchParts}: the common parts plus the given plain words of four letters or more. */
	public static CharArraySet dictionary(Collection<String> words) {
		var dictionary = new CharArraySet(COMPOUND_PARTS.size() + words.size(), false);
		dictionary.addAll(COMPOUND_PARTS);
		words.stream().filter(word -> word.length() >= 4 && word.chars().allMatch(Character::isLetter))
			.forEach(dictionary::add);
		return dictionary;
	}

	/** The terms an analyzer makes of a text. */
	public static List<String> terms(Analyzer analyzer, String text) {
		var terms = new ArrayList<String>();
		try (var stream = analyzer.tokenStream("", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return terms;
	}

	static boolean isDutchStopWord(String plainWord) {
		return DUTCH_STOP_WORDS.contains(plainWord);
	}

	static boolean isEnglishStopWord(String plainWord) {
		return ENGLISH_STOP_WORDS.contains(plainWord);
	}

	private static TokenStream fold(TokenStream stream) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(stream));
	}

	private static CharArraySet stopWords(Set<?> base, List<String> extra) {
		var set = new CharArraySet(base.size() + extra.size(), false);
		for (var word : base) {
			set.add(word instanceof char[] chars ? new String(chars) : word.toString());
		}
		set.addAll(extra);
		return CharArraySet.unmodifiableSet(set);
	}

}
