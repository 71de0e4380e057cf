package org.jobmatch.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheets a workbook lists (workbook.xml), with their visibility, and its date system. */
final class WorkbookSheets extends DefaultHandler {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    record Sheet(String name, String relationId, boolean date1904) {
    }

    private final List<Sheet> visible = new ArrayList<>();
    private boolean date1904;

    static Sheet firstVisible(XSSFReader reader) throws IOException, InvalidFormatException, SAXException,
            ParserConfigurationException {
        WorkbookSheets sheets = new WorkbookSheets();
        try (InputStream xml = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(sheets);
            parser.parse(new InputSource(xml));
        }
        if (sheets.visible.isEmpty()) {
            throw new UnreadableSheet("工作簿中没有可见的工作表", "the workbook has no visible sheet", null);
        }
        Sheet first = sheets.visible.get(0);
        return new Sheet(first.name(), first.relationId(), sheets.date1904);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (localName.equals("workbookPr")) {
            String value = attributes.getValue("date1904");
            date1904 = "1".equals(value) || "true".equals(value);
        } else if (localName.equals("sheet")) {
            String state = attributes.getValue("state");
            if (state == null || state.equals("visible")) {
                visible.add(new Sheet(attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id"), false));
            }
        }
    }
}
