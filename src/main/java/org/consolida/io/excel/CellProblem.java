package org.consolida.io.excel;

import org.xml.sax.SAXException;

/**
 * A problem found inside a part while the SAX parser reads it (a cell too long, a broken row number): thrown through
 * the parser, then reported at {@code where} (a cell such as {@code Workloads!D17}, or the sheet).
 */
final class CellProblem extends SAXException {
    private static final long serialVersionUID = 1L;
    private final String where;

    CellProblem(String where, String message) {
        super(message);
        this.where = where;
    }

    String where() {
        return where;
    }
}
