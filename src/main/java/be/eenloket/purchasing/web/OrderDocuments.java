package be.eenloket.purchasing.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import be.eenloket.purchasing.internal.MasterData;
import be.eenloket.purchasing.internal.PurchaseRequest;
import be.eenloket.purchasing.internal.RequestStatus;
import be.eenloket.shared.LegalEntities;
import be.eenloket.shared.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The order (bestelbon) as a tagged PDF, always in Dutch, the language of the administration. */
@Component
class OrderDocuments {

	static final String TEMPLATE = "purchasing/order-pdf";

	private final SpringTemplateEngine templates;

	private final PdfDocuments pdf;

	private final MasterData masterData;

	private final LegalEntities legalEntities;

	private final String municipalityName;

	private final PurchasingFormat format;

	OrderDocuments(SpringTemplateEngine templates, PdfDocuments pdf, MasterData masterData, LegalEntities legalEntities,
			@Value("${eenloket.municipality.name}") String municipalityName, PurchasingFormat format) {
		this.format = format;
		this.templates = templates;
		this.pdf = pdf;
		this.masterData = masterData;
		this.legalEntities = legalEntities;
		this.municipalityName = municipalityName;
	}

	ResponseEntity<byte[]> render(PurchaseRequest request) {
		if (request.getOrder() == null || request.getStatus() == RequestStatus.CANCELLED) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var lead = request.leadShare().getLegalEntityCode();
		var context = new Context(Locale.forLanguageTag("nl"));
		context.setVariable("request", request);
		context.setVariable("supplier", masterData.supplier(request.getOrder().getSupplierId()));
		context.setVariable("entity", legalEntities.byCode(lead).orElse(null));
		context.setVariable("invoiceAddress", masterData.invoiceAddress(lead).orElse(null));
		context.setVariable("municipalityName", municipalityName);
		context.setVariable("css", css());
		// a plain context has no bean resolver: the formatter is passed in
		context.setVariable("fmt", format);
		var html = templates.process(TEMPLATE, context);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("bestelbon-" + request.getOrder().getOrderNumber() + ".pdf").build().toString())
			.body(pdf.render(html));
	}

	private static String css() {
		try {
			return new ClassPathResource("static/css/order-print.css").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
