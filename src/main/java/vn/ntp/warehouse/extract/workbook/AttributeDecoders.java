package vn.ntp.warehouse.extract.workbook;

import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Decoders that read a cell's attributes straight from the parser's character buffer (Stax2 typed
 * access), so that the hot path creates no String for {@code r="AB12"}, {@code s="3"} or {@code t="s"}.
 * Each holds its last result; one set is reused for a whole sheet.
 */
final class AttributeDecoders {
    static final int TYPE_NUMBER = 0;
    static final int TYPE_SHARED_STRING = 1;
    static final int TYPE_FORMULA_STRING = 2;
    static final int TYPE_INLINE_STRING = 3;
    static final int TYPE_BOOLEAN = 4;
    static final int TYPE_ERROR = 5;
    /** {@code d} (ISO date text) or anything unknown: kept as text */
    static final int TYPE_OTHER = 6;

    private AttributeDecoders() {
    }

    private abstract static class CharDecoder extends TypedValueDecoder {
        int value;

        @Override
        public final void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }

        @Override
        public final void handleEmptyValue() {
            value = -1;
        }
    }

    /** The 0-based column of a reference such as {@code AB12}; -1 when it has no letters. */
    static final class Column extends CharDecoder {
        @Override
        public void decode(char[] chars, int start, int end) {
            int column = 0;
            int letters = 0;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else if (c == '$') {
                    continue;
                } else {
                    break;
                }
                if (++letters > 3) {
                    value = -1;
                    return;
                }
            }
            value = letters == 0 ? -1 : column - 1;
        }
    }

    /** A non-negative decimal integer such as a style index or a row number; -1 when it is not one. */
    static final class Index extends CharDecoder {
        @Override
        public void decode(char[] chars, int start, int end) {
            if (end - start > 9 || end <= start) {
                value = -1;
                return;
            }
            int result = 0;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c < '0' || c > '9') {
                    value = -1;
                    return;
                }
                result = result * 10 + (c - '0');
            }
            value = result;
        }
    }

    /** The cell type attribute {@code t} as one of the TYPE_ constants. */
    static final class CellType extends CharDecoder {
        @Override
        public void decode(char[] chars, int start, int end) {
            int length = end - start;
            char first = length > 0 ? chars[start] : ' ';
            if (length == 1) {
                value = switch (first) {
                    case 's' -> TYPE_SHARED_STRING;
                    case 'n' -> TYPE_NUMBER;
                    case 'b' -> TYPE_BOOLEAN;
                    case 'e' -> TYPE_ERROR;
                    default -> TYPE_OTHER;
                };
            } else if (length == 3 && first == 's' && chars[start + 1] == 't' && chars[start + 2] == 'r') {
                value = TYPE_FORMULA_STRING;
            } else if (length == 9 && first == 'i' && new String(chars, start, length).equals("inlineStr")) {
                value = TYPE_INLINE_STRING;
            } else {
                value = TYPE_OTHER;
            }
        }
    }
}
