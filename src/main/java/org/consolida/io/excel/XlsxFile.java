package org.consolida.io.excel;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.LimitedInput;
import org.consolida.io.ReadLimits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx workbook opened for streaming: the one reading path of the native template, RVTools workbooks and catalogs.
 * It reads the zip with the JDK and every part with SAX, each part through a {@link LimitedInput} (its inflated size
 * checked while it streams, whatever its compression ratio) and every cell against the cell limit, so a hostile file is
 * refused with its sheet and cell long before the heap fills. Every failure is an {@link InvalidInputException}.
 */
public final class XlsxFile implements Closeable {
    /** Excel's own bounds: a sheet has at most 1,048,576 rows and 16,384 columns. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";

    /** A worksheet: its name as the workbook shows it, and its part in the zip. */
    public record Sheet(String name, String part) {
    }

    private final String file;
    private final ReadLimits limits;
    private final ZipFile zip;
    private final List<Sheet> sheets = new ArrayList<>();
    private String sharedStringsPart;
    private String stylesPart;

    private XlsxFile(String file, ReadLimits limits, ZipFile zip) {
        this.file = file;
        this.limits = limits;
        this.zip = zip;
    }

    /** Opens a workbook, or throws one clear problem for what is not one (empty, plain text, .xls, encrypted). */
    public static XlsxFile open(Path path, ReadLimits limits) {
        String shown = path.toString();
        checkLooksLikeWorkbook(path, shown, limits);
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw invalid(shown, "", "is not a readable zip archive (" + e.getMessage() + "); save the workbook from "
                    + "Excel as .xlsx");
        }
        XlsxFile workbook = new XlsxFile(shown, limits, zip);
        try {
            workbook.locateParts();
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
        return workbook;
    }

    public String file() {
        return file;
    }

    public ReadLimits limits() {
        return limits;
    }

    /** The worksheets in workbook order. */
    public List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    /** The shared strings (empty when the workbook has none). */
    public List<String> sharedStrings() {
        if (sharedStringsPart == null || zip.getEntry(sharedStringsPart) == null) {
            return List.of();
        }
        SharedStrings handler = new SharedStrings(limits.maxCellChars());
        parse(sharedStringsPart, "shared strings", handler);
        return handler.strings();
    }

    /** The number formats of the cell styles (none when the workbook has no styles part). */
    public CellStyles styles() {
        if (stylesPart == null || zip.getEntry(stylesPart) == null) {
            return CellStyles.none();
        }
        CellStyles.Reader handler = new CellStyles.Reader();
        parse(stylesPart, "styles", handler);
        return handler.styles();
    }

    /** Streams one sheet's cells to a receiver; problems name the sheet and cell. */
    public void readSheet(Sheet sheet, List<String> strings, CellStyles styles, SheetCells.Receiver receiver) {
        parse(sheet.part(), sheet.name(), new SheetCells(sheet.name(), strings, styles, limits.maxCellChars(),
                receiver));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read only: nothing to lose
        }
    }

    private void locateParts() {
        String workbookPart = "xl/workbook.xml";
        for (Relationship rel : relationships("")) {
            if (rel.type().endsWith(REL_OFFICE_DOCUMENT)) {
                workbookPart = rel.target();
            }
        }
        if (zip.getEntry(workbookPart) == null) {
            throw invalid(file, "", "is a zip archive but not an Excel workbook; save the inventory from Excel as .xlsx");
        }
        Map<String, Relationship> byId = new HashMap<>();
        for (Relationship rel : relationships(workbookPart)) {
            byId.put(rel.id(), rel);
            if (rel.type().endsWith("/sharedStrings")) {
                sharedStringsPart = rel.target();
            } else if (rel.type().endsWith("/styles")) {
                stylesPart = rel.target();
            }
        }
        List<String[]> declared = new ArrayList<>();
        parse(workbookPart, "workbook", new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if (attributes.getLocalName(i).equals("id")) {
                            id = attributes.getValue(i);
                        }
                    }
                    declared.add(new String[] {attributes.getValue("name"), id});
                }
            }
        });
        for (String[] sheet : declared) {
            Relationship rel = sheet[1] == null ? null : byId.get(sheet[1]);
            if (sheet[0] != null && rel != null && rel.type().endsWith("/worksheet")) {
                sheets.add(new Sheet(sheet[0], rel.target()));
            }
        }
    }

    private record Relationship(String id, String type, String target) {
    }

    /** The relationships of a part ("" for the package), targets resolved to zip entry names. */
    private List<Relationship> relationships(String part) {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        List<Relationship> rels = new ArrayList<>();
        if (zip.getEntry(relsPart) == null) {
            return rels;
        }
        parse(relsPart, "relationships", new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String target = attributes.getValue("Target");
                if (localName.equals("Relationship") && target != null
                        && !"External".equalsIgnoreCase(attributes.getValue("TargetMode"))) {
                    rels.add(new Relationship(String.valueOf(attributes.getValue("Id")),
                            String.valueOf(attributes.getValue("Type")), resolve(folder, target)));
                }
            }
        });
        return rels;
    }

    /** A relationship target as a zip entry name: absolute ("/xl/…") or relative to the source's folder. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return String.join("/", names);
    }

    /** Parses one part by SAX, its inflated size limited; every failure becomes a problem at {@code where}. */
    private void parse(String part, String where, DefaultHandler handler) {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw invalid(file, where, "the workbook names a part " + part + " that it does not hold; open it in "
                    + "Excel and save it again as .xlsx");
        }
        if (entry.getSize() > limits.maxPartBytes()) {
            throw tooLarge(where, entry.getSize());
        }
        try (InputStream in = new LimitedInput(zip.getInputStream(entry), limits.maxPartBytes())) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.setErrorHandler(new DefaultHandler()); // errors are thrown, not printed
            xml.parse(new InputSource(in));
        } catch (LimitedInput.TooLarge e) {
            throw tooLarge(where, -1);
        } catch (CellProblem e) {
            throw invalid(file, e.where().isEmpty() ? where : e.where(), e.getMessage());
        } catch (SAXParseException e) {
            throw invalid(file, where, xmlPart(where) + " is broken at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + " (" + firstLine(e.getMessage()) + "); open the workbook in Excel and "
                    + "save it again as .xlsx");
        } catch (SAXException e) {
            if (e.getException() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw invalid(file, where, xmlPart(where) + " cannot be read (" + firstLine(e.getMessage())
                    + "); open the workbook in Excel and save it again as .xlsx");
        } catch (ZipException e) {
            throw invalid(file, where, "the zip data of " + xmlPart(where) + " is damaged (" + firstLine(e.getMessage())
                    + "); save the workbook again as .xlsx");
        } catch (IOException e) {
            throw invalid(file, where, xmlPart(where) + " cannot be read (" + firstLine(e.getMessage()) + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    private InvalidInputException tooLarge(String where, long declared) {
        return invalid(file, where, xmlPart(where) + " inflates to " + (declared < 0 ? "more than "
                + ReadLimits.size(limits.maxPartBytes()) : ReadLimits.size(declared)) + ", beyond the limit of "
                + ReadLimits.size(limits.maxPartBytes()) + " for one part of a workbook; no real inventory comes near "
                + "this (if this one is genuine, raise -Dconsolida.maxPartMib)");
    }

    private static String xmlPart(String where) {
        return switch (where) {
            case "workbook", "relationships", "styles", "shared strings" -> "the workbook's " + where + " XML";
            default -> "the sheet's XML";
        };
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        return text.lines().findFirst().orElse(text);
    }

    static InvalidInputException invalid(String file, String where, String message) {
        return new InvalidInputException(Problem.error(file, where, message));
    }

    /** One clear message for what is not a workbook at all, before the zip is opened. */
    private static void checkLooksLikeWorkbook(Path file, String shown, ReadLimits limits) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw invalid(shown, "", "cannot read the file: " + e.getMessage());
        }
        if (size == 0) {
            throw invalid(shown, "", "the file is empty; expected an Excel workbook (.xlsx)");
        }
        if (size > limits.maxFileBytes()) {
            throw invalid(shown, "", "the file is too large (" + ReadLimits.size(size) + "; at most "
                    + ReadLimits.size(limits.maxFileBytes()) + "); split the inventory or use JSON");
        }
        FileMagic magic;
        byte[] head;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
            head = in.readNBytes(512);
        } catch (IOException e) {
            throw invalid(shown, "", "cannot read the file: " + e.getMessage());
        }
        switch (magic) {
            case OOXML:
                return;
            case OLE2:
                throw invalid(shown, "", isEncrypted(file)
                        ? "the workbook is encrypted (password-protected); remove the password in Excel (File, Info, "
                        + "Protect Workbook, Encrypt with Password: empty) and save it again"
                        : "is an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx");
            default:
                throw invalid(shown, "", "is not an Excel workbook (.xlsx)" + (looksLikeText(head)
                        ? "; it holds plain text" : "") + "; save the inventory from Excel as .xlsx");
        }
    }

    /** An encrypted .xlsx is an OLE2 container holding the encrypted package, not an .xls. */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false; // a damaged OLE2 file: the .xls message fits it as well as any
        }
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
