package be.eenloket.shared;

/**
 * Turns an HTML page into a real PDF (openhtmltopdf on PDFBox), for every printed document: lobby boards,
 * receipts, the org chart. Give it a complete HTML document with its CSS inline in a style element.
 */
public interface PdfDocuments {

	byte[] render(String html);

}
