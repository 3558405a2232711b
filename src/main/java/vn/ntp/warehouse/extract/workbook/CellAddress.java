package vn.ntp.warehouse.extract.workbook;

/** A1-style cell addresses from 0-based coordinates and back. */
public final class CellAddress {
    private CellAddress() {
    }

    public static String of(int row, int col) {
        return column(col) + (row + 1);
    }

    public static String column(int col) {
        StringBuilder sb = new StringBuilder(3);
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    /** Parses {@code "H14"} into {row, col}, 0-based. */
    public static int[] parse(String ref) {
        int i = 0;
        int col = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = Integer.parseInt(ref.substring(i));
        return new int[] {row - 1, col - 1};
    }
}
