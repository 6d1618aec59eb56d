package io.kefu.ingest.internal;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Counts each row's characters as the sheet's XML is parsed and refuses a row over
 * {@link ImportLimits#MAX_LINE_CHARS} before POI's handler, which gathers a cell's text
 * whole, holds any more of it. Everything else goes to the handler as it comes.
 */
final class SheetLimits implements ContentHandler {

	private final ContentHandler sheet;

	private long row;

	private long characters;

	SheetLimits(ContentHandler sheet) {
		this.sheet = sheet;
	}

	/** The sheet row (1-based) being parsed, 0 before the first. */
	long row() {
		return row;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
		if ("row".equals(localName)) {
			String number = atts.getValue("r");
			row = number != null && number.chars().allMatch(Character::isDigit) && !number.isEmpty()
					? Long.parseLong(number) : row + 1;
			characters = 0;
		}
		sheet.startElement(uri, localName, qName, atts);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		characters += length;
		if (characters > ImportLimits.MAX_LINE_CHARS) {
			throw ImportLimitException.lineTooLong(Math.max(row, 1));
		}
		sheet.characters(ch, start, length);
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		sheet.setDocumentLocator(locator);
	}

	@Override
	public void startDocument() throws SAXException {
		sheet.startDocument();
	}

	@Override
	public void endDocument() throws SAXException {
		sheet.endDocument();
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		sheet.startPrefixMapping(prefix, uri);
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		sheet.endPrefixMapping(prefix);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		sheet.endElement(uri, localName, qName);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		sheet.ignorableWhitespace(ch, start, length);
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		sheet.processingInstruction(target, data);
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		sheet.skippedEntity(name);
	}

}
