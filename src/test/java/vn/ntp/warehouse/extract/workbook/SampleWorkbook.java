package vn.ntp.warehouse.extract.workbook;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The same small annex-like workbook written by POI as .xlsx or .xls, covering what the reader reports. */
final class SampleWorkbook {

    enum Format {
        XLSX, XLS;

        Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }

        String extension() {
            return this == XLSX ? ".xlsx" : ".xls";
        }
    }

    private SampleWorkbook() {
    }

    /**
     * Sheet "Biểu 01": A1 bold title merged over A1:F1; row 2 with text, numbers, formulas with cached
     * results and errors, a boolean; row 3 hidden; row 5 with a .VnTime rich text and a styled blank;
     * column D hidden. Then a hidden sheet and a very hidden sheet.
     */
    static Path write(Format format, Path dir) throws IOException {
        try (Workbook wb = format.create()) {
            Sheet sheet = wb.createSheet("Biểu 01");
            Font titleFont = wb.createFont();
            titleFont.setFontName("Times New Roman");
            titleFont.setBold(true);
            var titleStyle = wb.createCellStyle();
            titleStyle.setFont(titleFont);
            var amountStyle = wb.createCellStyle();
            amountStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0"));

            Row title = sheet.createRow(0);
            Cell titleCell = title.createCell(0);
            titleCell.setCellValue("KẾT QUẢ PHÂN BỔ VỐN NĂM 2024");
            titleCell.setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            sheet.addMergedRegion(new CellRangeAddress(6, 7, 1, 2));

            Row line = sheet.createRow(1);
            line.createCell(0).setCellValue("Dự án 1");
            line.createCell(1).setCellValue(10_618);
            Cell amount = line.createCell(2);
            amount.setCellValue(727_563.68);
            amount.setCellStyle(amountStyle);
            line.createCell(3).setCellFormula("B2*2");
            line.createCell(4).setCellFormula("B2/0");
            line.createCell(5).setCellFormula("B2+C2");
            line.createCell(6).setCellValue(true);
            line.createCell(7).setCellFormula("\"Tiểu \"&\"dự án\"");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateFormulaCell(line.getCell(3));
            evaluator.evaluateFormulaCell(line.getCell(4));
            evaluator.evaluateFormulaCell(line.getCell(7));
            line.getCell(5).setCellErrorValue(FormulaError.REF.getCode());

            Row hidden = sheet.createRow(2);
            hidden.setZeroHeight(true);
            hidden.createCell(0).setCellValue("dòng ẩn");

            Row legacy = sheet.createRow(4);
            Font vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            RichTextString rich = wb.getCreationHelper().createRichTextString("Dù ¸n 1 (Dự án 1)");
            rich.applyFont(0, 7, vnTime);
            legacy.createCell(0).setCellValue(rich);
            legacy.createCell(1).setCellStyle(titleStyle);

            sheet.setColumnHidden(3, true);

            wb.createSheet("Ẩn").createRow(0).createCell(0).setCellValue(1);
            wb.setSheetHidden(1, true);
            wb.createSheet("Rất ẩn").createRow(0).createCell(0).setCellValue(2);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

            Path file = dir.resolve("sample" + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }
}
