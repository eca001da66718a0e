package org.consolida.io.excel;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain text (runs joined, phonetic hints left out), read once by SAX: the one
 * shared-strings reader of the native template, RVTools workbooks and catalogs. A string longer than the cell limit
 * is not kept: it stands as {@link #TOO_LONG}, and a cell that uses it is refused at its address.
 */
final class SharedStrings extends DefaultHandler {
    /** Stands for a string beyond the cell limit (compared by identity). */
    static final String TOO_LONG = new String("(too long)");

    private final List<String> strings = new ArrayList<>();
    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean tooLong;
    private int phonetic;

    SharedStrings(int maxChars) {
        this.maxChars = maxChars;
    }

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                text.setLength(0);
                tooLong = false;
            }
            case "rPh" -> phonetic++; // reading aids for East Asian text, not part of the value
            case "t" -> inText = phonetic == 0;
            default -> {
                // run properties and the like
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(tooLong ? TOO_LONG : text.toString());
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "t" -> inText = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !tooLong) {
            if (text.length() + length > maxChars) {
                tooLong = true;
                text.setLength(0);
                return;
            }
            text.append(ch, start, length);
        }
    }
}
