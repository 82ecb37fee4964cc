package be.eenloket.directory.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.search.DirectoryIndex.Entry;
import be.eenloket.directory.internal.search.DirectoryIndex.Kind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The document side of the {@link DirectoryIndex}: which texts of the read model become which fields, analysed how,
 * and how a large directory is written in parallel slices. The query side ({@link DirectoryIndex}) only needs the
 * field names and the dictionary of words the documents hold (to split compounds of a question).
 */
final class DirectoryDocuments {

	static final String NAME = "name", NAME_NL = "name_nl", NAME_PARTS = "name_parts", SYN = "syn", SYN_NL = "syn_nl",
			SYN_PARTS = "syn_parts", SYN_EN = "syn_en", SYN_EN_PLAIN = "syn_en_plain", DESC_NL = "desc_nl",
			PLACE_NL = "place_nl", TYPOS = "typos";

	/**
	 * Every field only says which documents hold a term: scores are explicit, so term frequencies, positions and
	 * length norms would cost memory and build time for nothing.
	 */
	static final FieldType WORDS = wordsOnly();

	/** Below this many documents a directory is written in one slice. */
	static final int SLICE_MINIMUM = 5_000;

	/**
	 * The written documents: one reader over the slices (a document's number is its place in {@code entries}),
	 * the heap the index files take, and the dictionary of the words in names, synonyms and rooms.
	 */
	record Written(MultiReader reader, List<Entry> entries, long bytes, CharArraySet dictionary) {
	}

	/** A document to be: what it is and its texts. */
	private record Source(Entry entry, String name, String keywords, String keywordsEn, String description,
			String place) {
	}

	private DirectoryDocuments() {
	}

	private static FieldType wordsOnly() {
		var type = new FieldType();
		type.setTokenized(true);
		type.setStored(false);
		type.setOmitNorms(true);
		type.setIndexOptions(IndexOptions.DOCS);
		type.freeze();
		return type;
	}

	/** Writes the active tasks, service points, buildings, floors and rooms, placed as on {@code today}. */
	static Written write(DirectoryData data, LocalDate today) {
		var plain = SearchAnalysis.plain();
		var dictionary = dictionary(data, plain);
		var analyzer = analyzer(plain, dictionary);
		var sources = sources(data, today);
		// a large directory is written in slices, one per core, each into its own one-segment index
		var slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.size() / SLICE_MINIMUM));
		var size = (sources.size() + slices - 1) / slices;
		var directories = new ArrayList<ByteBuffersDirectory>();
		var writing = new ArrayList<CompletableFuture<Void>>();
		for (int from = 0; from < sources.size() || directories.isEmpty(); from += size) {
			var directory = directory();
			var slice = sources.subList(from, Math.min(sources.size(), from + size));
			directories.add(directory);
			writing.add(CompletableFuture.runAsync(() -> write(directory, analyzer, slice),
					slices == 1 ? Runnable::run : ForkJoinPool.commonPool()));
		}
		writing.forEach(CompletableFuture::join);
		var entries = sources.stream().map(Source::entry).toList();
		try {
			var readers = new ArrayList<DirectoryReader>();
			var bytes = 32L * entries.size();
			for (var directory : directories) {
				var reader = DirectoryReader.open(directory);
				if (reader.leaves().size() > 1) {
					throw new IllegalStateException("Every slice of the search index must be one segment");
				}
				readers.add(reader);
				bytes += bytes(directory);
			}
			var reader = new MultiReader(readers.toArray(DirectoryReader[]::new));
			if (reader.maxDoc() != entries.size()) {
				throw new IllegalStateException("The search index must hold " + entries.size() + " documents");
			}
			return new Written(reader, entries, bytes, dictionary);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	/** The words of active names and synonyms and of rooms: what a compound in a question may be made of. */
	private static CharArraySet dictionary(DirectoryData data, Analyzer plain) {
		var words = new LinkedHashSet<String>();
		Stream.concat(data.tasks().values().stream().filter(DirectoryData.Task::active)
			.flatMap(task -> Stream.of(task.name(), task.keywords())),
				data.servicePoints().values().stream().filter(DirectoryData.ServicePoint::active)
					.flatMap(point -> Stream.of(point.name(), point.keywords())))
			.filter(Objects::nonNull)
			.forEach(text -> words.addAll(SearchAnalysis.terms(plain, text)));
		data.rooms().values().forEach(room -> words.addAll(SearchAnalysis.terms(plain, room.name())));
		return SearchAnalysis.dictionary(words);
	}

	private static Analyzer analyzer(Analyzer plain, CharArraySet dictionary) {
		var parts = SearchAnalysis.dutchParts(dictionary);
		var dutch = SearchAnalysis.dutch();
		var analyzers = new HashMap<String, Analyzer>();
		analyzers.put(NAME, plain);
		analyzers.put(SYN, plain);
		analyzers.put(SYN_EN_PLAIN, plain);
		analyzers.put(TYPOS, plain);
		analyzers.put(NAME_NL, dutch);
		analyzers.put(SYN_NL, dutch);
		analyzers.put(DESC_NL, dutch);
		analyzers.put(PLACE_NL, dutch);
		analyzers.put(NAME_PARTS, parts);
		analyzers.put(SYN_PARTS, parts);
		analyzers.put(SYN_EN, SearchAnalysis.english());
		return new PerFieldAnalyzerWrapper(plain, analyzers);
	}

	private static List<Source> sources(DirectoryData data, LocalDate today) {
		var sources = new ArrayList<Source>();
		for (var task : data.tasks().values()) {
			if (task.active()) {
				var points = data.servicePointsOf(task).stream().map(DirectoryData.ServicePoint::name)
					.collect(Collectors.joining(" "));
				sources.add(new Source(new Entry(Kind.TASK, task.id(), Kind.TASK.prior + Math.min(task.popularity(), 100) / 1000.0),
						task.name(), task.keywords(), task.keywordsEn(), join(task.description(), task.whatToBring()), points));
			}
		}
		for (var point : data.servicePoints().values()) {
			if (point.active()) {
				var place = data.placeOf(point, today)
					.map(p -> join(p.building().name(), p.floor().displayName(), p.room() == null ? null : p.room().name()))
					.orElse("");
				sources.add(new Source(new Entry(Kind.SERVICE_POINT, point.id(), Kind.SERVICE_POINT.prior), point.name(),
						point.keywords(), point.keywordsEn(), point.description(), place));
			}
		}
		for (var building : data.buildings().values()) {
			if (building.active()) {
				sources.add(new Source(new Entry(Kind.BUILDING, building.id(), Kind.BUILDING.prior), building.name(),
						join(building.street(), building.city()), null,
						join(building.entranceNotes(), building.accessibilityNotes()), building.address()));
			}
		}
		for (var floor : data.floors().values()) {
			var building = data.buildings().get(floor.buildingId());
			if (building != null && building.active()) {
				sources.add(new Source(new Entry(Kind.FLOOR, floor.id(), Kind.FLOOR.prior), floor.displayName(), null,
						null, null, building.name()));
			}
		}
		for (var room : data.rooms().values()) {
			var floor = data.floors().get(room.floorId());
			var building = floor == null ? null : data.buildings().get(floor.buildingId());
			if (building != null && building.active()) {
				sources.add(new Source(new Entry(Kind.ROOM, room.id(), Kind.ROOM.prior), room.name(), null, null, null,
						join(building.name(), floor.displayName())));
			}
		}
		return sources;
	}

	/**
	 * A directory on the heap whose files are read as one buffer each: every term looked up clones its file's input,
	 * and a clone over one buffer costs nothing, where the default (a file in up to a hundred blocks) copied the
	 * list of blocks for every term of every question (a quarter of a unique search's time in a profile).
	 */
	private static ByteBuffersDirectory directory() {
		return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
	}

	/** The index files, all held on the heap by {@link ByteBuffersDirectory}. */
	private static long bytes(ByteBuffersDirectory directory) throws IOException {
		var bytes = 0L;
		for (var file : directory.listAll()) {
			bytes += directory.fileLength(file);
		}
		return bytes;
	}

	private static void write(ByteBuffersDirectory directory, Analyzer analyzer, List<Source> sources) {
		var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setRAMBufferSizeMB(256)
			.setUseCompoundFile(false)
			.setCommitOnClose(true);
		try (var writer = new IndexWriter(directory, config)) {
			for (var source : sources) {
				writer.addDocument(document(source));
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private static Document document(Source source) {
		var document = new Document();
		text(document, source.name(), NAME, NAME_NL, NAME_PARTS);
		text(document, source.keywords(), SYN, SYN_NL, SYN_PARTS);
		text(document, source.keywordsEn(), SYN_EN, SYN_EN_PLAIN);
		text(document, join(source.name(), source.keywords(), source.keywordsEn()), TYPOS);
		text(document, source.description(), DESC_NL);
		text(document, source.place(), PLACE_NL);
		return document;
	}

	private static void text(Document document, String text, String... fields) {
		if (text != null && !text.isBlank()) {
			for (var field : fields) {
				document.add(new Field(field, text, WORDS));
			}
		}
	}

	private static String join(String... parts) {
		return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
	}

}
