package vn.ntp.warehouse.extract.workbook;

import java.util.List;

/**
 * Marks what the caller's visitor throws, so that a reader can tell "the file is broken" (a parser
 * or POI runtime failure: the file is reported corrupt) from "the consumer failed" (rethrown as is).
 */
final class GuardedVisitor implements SheetVisitor {

    /** The visitor's own exception, carried through the reader and unwrapped at its edge. */
    static final class Failure extends RuntimeException {
        Failure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }

    private final SheetVisitor visitor;

    GuardedVisitor(SheetVisitor visitor) {
        this.visitor = visitor;
    }

    @Override
    public void documentSaved(java.time.Instant savedAt) {
        try {
            visitor.documentSaved(savedAt);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        try {
            return visitor.startSheet(sheet);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void row(int rowIndex, boolean hidden, List<Cell> cells) {
        try {
            visitor.row(rowIndex, hidden, cells);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void endSheet(List<CellRange> mergedRegions) {
        try {
            visitor.endSheet(mergedRegions);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }
}
