package org.jobmatch.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx workbook read with POI's event API: the sheet's XML is streamed (SAX), so a sheet of any length takes
 * the memory of its shared strings only. The first visible sheet is read; hidden ones are ignored.
 */
final class XlsxSource implements SheetSource {

    private final Path file;
    private String name = "";

    XlsxSource(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookSheets.Sheet sheet = WorkbookSheets.firstVisible(reader);
            name = sheet.name();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XlsxRowHandler handler = new XlsxRowHandler(strings, reader.getStylesTable(), sheet.date1904(), rows);
            try (InputStream xml = reader.getSheet(sheet.relationId())) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(xml));
            }
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new UnreadableSheet("不是有效的 Excel 文件", "not a valid .xlsx workbook", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new UnreadableSheet("Excel 文件已损坏，无法读取", "the workbook cannot be read", e);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new UnreadableSheet("文件已加密：请取消密码后再上传", "the workbook is encrypted", e);
        }
    }
}
