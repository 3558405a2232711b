package vn.ntp.warehouse.annex;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an annex workbook, created once per workbook: Times New Roman as official reports use it,
 * thin borders in the table, Vietnamese-style figures (thousands grouped, two decimals for rates).
 */
final class Styles {
    static final String FONT = "Times New Roman";
    /** Vietnamese locale tag of the number formats: "412.881" and "15,64" whatever the reader's own locale. */
    static final String VI = "[$-42A]";

    final CellStyle plain;
    final CellStyle italic;
    final CellStyle boldCentered;
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle moneyDecimals;
    final CellStyle moneyDecimalsBold;
    final CellStyle rate;
    final CellStyle rateBold;
    final CellStyle warning;
    final CellStyle heading;

    Styles(Workbook wb) {
        Font normal = font(wb, false, false, 12);
        Font bold = font(wb, true, false, 12);
        plain = style(wb, normal, false, HorizontalAlignment.LEFT);
        italic = style(wb, font(wb, false, true, 12), false, HorizontalAlignment.CENTER);
        boldCentered = style(wb, bold, false, HorizontalAlignment.CENTER);
        title = style(wb, font(wb, true, false, 14), false, HorizontalAlignment.CENTER);
        title.setWrapText(true);
        header = style(wb, bold, true, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(wb, normal, true, HorizontalAlignment.LEFT);
        text.setWrapText(true);
        textBold = style(wb, bold, true, HorizontalAlignment.LEFT);
        textBold.setWrapText(true);
        money = number(wb, normal, VI + "#,##0;-#,##0;\"-\"");
        moneyBold = number(wb, bold, VI + "#,##0;-#,##0;\"-\"");
        moneyDecimals = number(wb, normal, VI + "#,##0.000;-#,##0.000;\"-\"");
        moneyDecimalsBold = number(wb, bold, VI + "#,##0.000;-#,##0.000;\"-\"");
        rate = number(wb, normal, VI + "0.00");
        rateBold = number(wb, bold, VI + "0.00");
        heading = style(wb, bold, false, HorizontalAlignment.LEFT);
        warning = style(wb, bold, false, HorizontalAlignment.LEFT);
        Font red = font(wb, true, false, 12);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        warning.setFont(red);
    }

    private static Font font(Workbook wb, boolean bold, boolean italic, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private static CellStyle number(Workbook wb, Font font, String format) {
        CellStyle s = style(wb, font, true, HorizontalAlignment.RIGHT);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private static CellStyle style(Workbook wb, Font font, boolean bordered, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
