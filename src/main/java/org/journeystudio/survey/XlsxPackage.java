package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The zip of an .xlsx file, checked before anything is unzipped: it must be a zip (an encrypted workbook is an
 * OLE2 file instead), hold {@code [Content_Types].xml}, and declare no part larger or more compressed than the
 * {@link SurveyLimits} allow. Parts are read through {@link XlsxPart} with an XML parser that refuses DTDs, so
 * that no entity (XXE, billion laughs) is ever expanded.
 */
final class XlsxPackage implements AutoCloseable {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final XMLInputFactory XML = secureFactory();

    private final Path file;
    private final ZipFile zip;

    private XlsxPackage(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    static XlsxPackage open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        }
        if (java.util.Arrays.equals(head, OLE2)) {
            throw new SurveyException(Messages.text("imports.encrypted", file));
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (java.util.zip.ZipException e) {
            throw new SurveyException(Messages.text("imports.notXlsx", file, e.getMessage()));
        }
        XlsxPackage pkg = new XlsxPackage(file, zip);
        try {
            pkg.checkEntries();
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
        return pkg;
    }

    private void checkEntries() {
        if (zip.getEntry("[Content_Types].xml") == null) {
            throw new SurveyException(Messages.text("imports.partMissing", file, "[Content_Types].xml"));
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            if (size > SurveyLimits.MAX_XLSX_PART_BYTES) {
                throw SurveyLimits.xlsxPartTooBig(file, entry.getName(), size);
            }
            if (size > SurveyLimits.RATIO_CHECKED_FROM_BYTES
                    && size > entry.getCompressedSize() * SurveyLimits.MAX_XLSX_COMPRESSION_RATIO) {
                throw SurveyLimits.xlsxBomb(file, entry.getName(), size, entry.getCompressedSize());
            }
        }
    }

    Path file() {
        return file;
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** An XML reader over {@code part}, or a message naming the part when the zip lacks it. */
    XmlPart xml(String part) throws IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new SurveyException(Messages.text("imports.partMissing", file, part));
        }
        XlsxPart in = new XlsxPart(zip.getInputStream(entry), file, part, entry.getCompressedSize());
        try {
            return new XmlPart(part, in, XML.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            in.close();
            throw failure(part, in, e);
        }
    }

    /** What went wrong reading {@code part}: a limit the stream met, or XML that is not well-formed. */
    SurveyException failure(String part, XlsxPart in, Exception e) {
        if (in.refusal() != null) {
            return in.refusal();
        }
        if (e instanceof XMLStreamException x && x.getLocation() != null) {
            return new SurveyException(Messages.text("imports.badXmlAt", file, part, x.getLocation().getLineNumber(),
                    x.getLocation().getColumnNumber()));
        }
        return new SurveyException(Messages.text("imports.badXml", file, part));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** One part's XML, read with {@link #next()}: a DTD is refused before anything in it is used. */
    final class XmlPart implements AutoCloseable {
        final String name;
        final XlsxPart in;
        final XMLStreamReader reader;

        XmlPart(String name, XlsxPart in, XMLStreamReader reader) {
            this.name = name;
            this.in = in;
            this.reader = reader;
        }

        /** The next event; XML that is not well-formed, or a limit met while unzipping, as a message. */
        int next() {
            int event;
            try {
                event = reader.next();
            } catch (XMLStreamException e) {
                throw failure(e);
            }
            if (event == XMLStreamConstants.DTD) {
                throw new SurveyException(Messages.text("imports.dtd", file, name));
            }
            return event;
        }

        SurveyException failure(Exception e) {
            return XlsxPackage.this.failure(name, in, e);
        }

        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            } finally {
                in.close();
            }
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's parser, whatever else is present
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
