package be.eenloket.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Debian's Chromium once per JVM through Playwright (no browser download: see testing.md) and gives each
 * test a fresh browser context, so cookies and sessions never leak between tests.
 */
class BrowserExtension implements ParameterResolver, AfterEachCallback, TestExecutionExceptionHandler {

	static final String CHROMIUM = System.getenv().getOrDefault("EENLOKET_CHROMIUM", "/usr/bin/chromium");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	private static synchronized com.microsoft.playwright.Browser chromium() {
		if (chromium == null) {
			if (!Files.isExecutable(Path.of(CHROMIUM))) {
				throw new IllegalStateException("The browser tests need Chromium at " + CHROMIUM
						+ ": install it with 'apt-get install -y chromium' or set EENLOKET_CHROMIUM.");
			}
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(CHROMIUM))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				chromium.close();
				playwright.close();
			}, "close-chromium"));
		}
		return chromium;
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return extensionContext.getStore(NAMESPACE).computeIfAbsent("browser", key -> {
			var port = SpringExtension.getApplicationContext(extensionContext)
				.getEnvironment()
				.getRequiredProperty("local.server.port");
			var browserContext = chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
				.setLocale("nl-BE")
				.setViewportSize(1280, 900));
			return new Browser(browserContext, "http://localhost:" + port);
		}, Browser.class);
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
		var browser = context.getStore(NAMESPACE).get("browser", Browser.class);
		if (browser != null) {
			var name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
			try {
				Files.createDirectories(Path.of("target", "browser-screenshots"));
				browser.page()
					.screenshot(new Page.ScreenshotOptions().setFullPage(true)
						.setPath(Path.of("target", "browser-screenshots", name + ".png")));
			}
			catch (RuntimeException | java.io.IOException screenshotFailed) {
				throwable.addSuppressed(screenshotFailed);
			}
		}
		throw throwable;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		var browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

}
