package org.jobmatch.sheets;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Digits that Excel may have turned into numbers: ID numbers, phones, ledger and household numbers. A number
 * of more than 15 digits has lost its last ones (Excel keeps 15), and one shown in scientific notation
 * (3.20614E+17) has lost more: such a cell is refused with how to fix the column, never guessed.
 */
final class NumberCells {

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+");
    private static final double EXACT_LIMIT = 1e15;

    static final CellProblem ID_AS_NUMBER = new CellProblem(
            "身份证号码被 Excel 存成了数字（显示为科学计数法或末几位变成 0），后几位已经丢失，无法还原："
                    + "请把该列设置为“文本”格式，重新录入或粘贴身份证号码后再导入",
            "the ID number was stored as a number and its last digits are lost: format the column as text "
                    + "and enter the numbers again");
    static final CellProblem DIGITS_AS_NUMBER = new CellProblem(
            "该单元格的数字超过 15 位，被 Excel 存成了数字（科学计数法），后几位已经丢失：请把该列设置为“文本”格式后重新录入",
            "a number of more than 15 digits lost its last digits: format the column as text and enter it again");

    private NumberCells() {
    }

    /** An 18-character ID number: text only. */
    static String idNumber(Cell cell) {
        if (cell.isNumber() || SCIENTIFIC.matcher(cell.text()).matches()) {
            throw ID_AS_NUMBER;
        }
        return cell.text().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Digits as text: a numeric cell as its integer, unless it is too long to be exact. */
    static String digits(Cell cell) {
        if (cell.isNumber()) {
            double value = cell.number();
            if (Math.abs(value) >= EXACT_LIMIT) {
                throw DIGITS_AS_NUMBER;
            }
            BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
            return exact.scale() <= 0 ? exact.toPlainString() : cell.text();
        }
        if (SCIENTIFIC.matcher(cell.text()).matches()) {
            throw DIGITS_AS_NUMBER;
        }
        return cell.text();
    }
}
