package vn.ntp.warehouse.report.feedback;

/** The source holds something the streamed writer does not handle: the feedback workbook is written with POI. */
final class NotStreamable extends RuntimeException {
    NotStreamable(String why) {
        super(why, null, false, false);
    }
}
