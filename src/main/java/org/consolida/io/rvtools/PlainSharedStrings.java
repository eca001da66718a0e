package org.consolida.io.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain text. POI's read-only table builds an XMLBeans rich-text object on every
 * lookup, which made that lookup most of the import time of a large export; the import needs only the text.
 */
final class PlainSharedStrings implements SharedStrings {
    private final List<String> strings;

    private PlainSharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static PlainSharedStrings read(InputStream in) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        if (in == null) {
            return new PlainSharedStrings(strings);
        }
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        xml.setContentHandler(new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;
            private int phonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                switch (local) {
                    case "si" -> text.setLength(0);
                    case "t" -> inText = phonetic == 0;
                    case "rPh" -> phonetic++; // reading aids for East Asian text, not part of the value
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "si" -> strings.add(text.toString());
                    case "t" -> inText = false;
                    case "rPh" -> phonetic--;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    text.append(ch, start, length);
                }
            }
        });
        xml.parse(new InputSource(in));
        return new PlainSharedStrings(strings);
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new Plain(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    /** Text without formatting runs; only {@link #getString()} and {@link #toString()} are used by the sheet reader. */
    private record Plain(String text) implements RichTextString {
        @Override public String getString() { return text; }
        @Override public String toString() { return text; }
        @Override public int length() { return text.length(); }
        @Override public int numFormattingRuns() { return 0; }
        @Override public int getIndexOfFormattingRun(int index) { return 0; }
        @Override public void applyFont(int startIndex, int endIndex, short fontIndex) { throw readOnly(); }
        @Override public void applyFont(int startIndex, int endIndex, Font font) { throw readOnly(); }
        @Override public void applyFont(Font font) { throw readOnly(); }
        @Override public void applyFont(short fontIndex) { throw readOnly(); }
        @Override public void clearFormatting() { throw readOnly(); }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("shared strings are read-only here");
        }
    }
}
