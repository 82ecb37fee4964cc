package be.eenloket.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.directory.internal.DirectorySearch;
import be.eenloket.identity.Visitors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public directory pages from memory to anonymous visitors: these are the pages hit hardest (a storm,
 * an election), and they are the same for everyone. A rendered page is kept, with a gzipped copy and an ETag,
 * until the directory data changes or the minute ends (the "open now" status changes at most once a minute).
 * <p>
 * It runs before the Spring Security filter chain, because on two cores that chain costs more than serving the
 * page: a page is only stored after an anonymous request went through the whole chain (access rules, headers)
 * and got a 200, and a hit replays the headers that chain wrote (Content-Security-Policy and the others). These
 * URLs are public by the access policy; the policy is code, so it cannot change while entries live. Requests
 * with a session (staff), an Authorization header, a language switch or a query other than {@code q} always go
 * through the chain and are rendered normally.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicPageCache extends OncePerRequestFilter {

	static final int MAX_ENTRIES = 5_000;

	static final int MAX_BODY_BYTES = 512 * 1024;

	/** Every distinct search is a page of its own: the cache starts over rather than grow past this. */
	static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

	private final java.util.concurrent.atomic.AtomicLong cachedBytes = new java.util.concurrent.atomic.AtomicLong();

	record Page(long version, long minute, String contentType, byte[] body, byte[] gzipped, String etag,
			List<Map.Entry<String, String>> headers) {
	}

	/** Headers that belong to one response only, never replayed. */
	static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"content-encoding", "etag", "cache-control", "pragma", "expires", "vary", "content-type");

	private final DirectoryReadModel readModel;

	private final DirectorySearch search;

	private final SearchPages searchPages;

	private final SearchAdmission admission;

	private final Clock clock;

	/** Per language, the headers the security chain wrote on the last search page it let through (never a cookie). */
	private final Map<String, List<Map.Entry<String, String>>> searchHeaders = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Page> entries = new ConcurrentHashMap<>();

	/** Keys being re-rendered right now: meanwhile other requests get the previous page (no stampede). */
	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

	PublicPageCache(DirectoryReadModel readModel, DirectorySearch search, SearchPages searchPages, Clock clock,
			SearchAdmission admission) {
		this.admission = admission;
		this.readModel = readModel;
		this.search = search;
		this.searchPages = searchPages;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		if (request.getRequestedSessionId() != null || request.getHeader("Authorization") != null) {
			return true;
		}
		var parameters = request.getParameterMap();
		if (!parameters.isEmpty() && !(parameters.size() == 1 && parameters.containsKey("q")
				&& parameters.get("q").length == 1)) {
			return true;
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/") || path.equals("/zoeken") || path.startsWith("/producten/")
				|| path.startsWith("/diensten/") || path.startsWith("/gebouwen"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = key(request);
		var version = readModel.current().version();
		var minute = clock.millis() / 60_000;
		var entry = entries.get(key);
		if (entry != null && entry.version() == version && entry.minute() == minute) {
			serve(entry, request, response);
			return;
		}
		if (entry == null && servedFromParts(request, response, version, minute)) {
			return;
		}
		// an outdated page by less than a minute is served while one request renders the new one
		var stale = entry != null && entry.version() == version && minute - entry.minute() <= 1;
		var mine = refreshing.add(key);
		if (!mine && stale) {
			serve(entry, request, response);
			return;
		}
		try {
			render(key, version, minute, request, response, chain);
		}
		finally {
			if (mine) {
				refreshing.remove(key);
			}
		}
	}

	private void render(String key, long version, long minute, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		var wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		var body = wrapper.getContentAsByteArray();
		// only a page the security chain served to a citizen: never one rendered for a signed-in user
		if (Visitors.servedAnonymously(request) && wrapper.getStatus() == 200 && body.length <= MAX_BODY_BYTES && wrapper.getContentType() != null
				&& wrapper.getContentType().startsWith("text/html") && !response.containsHeader("Set-Cookie")) {
			var headers = new ArrayList<Map.Entry<String, String>>();
			for (var name : wrapper.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
					for (var value : wrapper.getHeaders(name)) {
						headers.add(Map.entry(name, value));
					}
				}
			}
			if (isSearch(request)) {
				searchHeaders.put(language(request), List.copyOf(headers));
			}
			var fresh = new Page(version, minute, wrapper.getContentType(), body, gzip(body), etag(body), List.copyOf(headers));
			if (entries.size() >= MAX_ENTRIES || cachedBytes.get() > MAX_TOTAL_BYTES) {
				entries.clear();
				cachedBytes.set(0);
			}
			var previous = entries.put(key, fresh);
			cachedBytes.addAndGet(size(fresh) - (previous == null ? 0 : size(previous)));
			response.setHeader("ETag", fresh.etag());
		}
		wrapper.copyBodyToResponse();
	}

	private static long size(Page page) {
		return page.body().length + page.gzipped().length;
	}

	private static void serve(Page entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (var header : entry.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setHeader("ETag", entry.etag());
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("Vary", "Accept-Encoding, Cookie");
		var ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(entry.contentType());
		var acceptEncoding = request.getHeader("Accept-Encoding");
		var body = entry.body();
		if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
			response.setHeader("Content-Encoding", "gzip");
			body = entry.gzipped();
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * A search nobody asked before, from the parts {@link SearchPages} rendered for this data version and minute
	 * (rendering a result it has not seen yet), with the headers the security chain wrote on a search page. Not
	 * stored: a
	 * question asked once is rarely asked again, and putting it together again costs less than keeping it. False
	 * (and the request goes its normal way) when a part is missing or no search page went through the chain yet.
	 */
	private boolean servedFromParts(HttpServletRequest request, HttpServletResponse response, long version,
			long minute) throws IOException {
		if (!isSearch(request)) {
			return false;
		}
		var language = language(request);
		var headers = searchHeaders.get(language);
		var query = DirectorySearch.clean(request.getParameter("q"));
		if (headers == null || query.isEmpty()) {
			return false;
		}
		var data = readModel.current();
		if (data.version() != version) {
			return false;
		}
		java.util.Optional<String> page;
		try (var turn = admission.take()) {
			var results = SearchResults.of(data, search.search(query), java.time.LocalDateTime.now(clock));
			var locale = "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("nl");
			page = searchPages.assemble(data, query, results, minute, locale, request,
					new ContentCachingResponseWrapper(response));
		}
		catch (SearchAdmission.Busy busy) {
			// through the error page, which runs the security chain
			response.setHeader("Retry-After", SearchAdmission.Busy.RETRY_AFTER_SECONDS);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return true;
		}
		catch (Exception renderingFailed) {
			// nothing was written to the response: the request goes its normal way (and shows the error there)
			return false;
		}
		if (page.isEmpty()) {
			return false;
		}
		for (var header : headers) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("Vary", "Accept-Encoding, Cookie");
		response.setContentType("text/html;charset=UTF-8");
		var body = page.get().getBytes(StandardCharsets.UTF_8);
		var acceptEncoding = request.getHeader("Accept-Encoding");
		if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
			response.setHeader("Content-Encoding", "gzip");
			body = gzip(body);
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
		return true;
	}

	private static boolean isSearch(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).equals("/zoeken");
	}

	private static String language(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (var cookie : request.getCookies()) {
				if ("eenloket-lang".equals(cookie.getName()) && "en".equals(cookie.getValue())) {
					return "en";
				}
			}
		}
		return "nl";
	}

	private static String key(HttpServletRequest request) {
		var query = request.getParameter("q");
		return language(request) + " " + request.getRequestURI() + (query == null ? "" : "?q=" + query);
	}

	private static byte[] gzip(byte[] body) throws IOException {
		var out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (var gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		return out.toByteArray();
	}

	private static String etag(byte[] body) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException impossible) {
			return "\"" + Integer.toHexString(new String(body, StandardCharsets.UTF_8).hashCode()) + "\"";
		}
	}

}
