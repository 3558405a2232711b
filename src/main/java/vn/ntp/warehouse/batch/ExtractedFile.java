package vn.ntp.warehouse.batch;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.intake.InboxFile;

/** A file from the inbox with what extraction made of it (nothing for a duplicate). */
public record ExtractedFile(InboxFile file, ExtractedAnnex annex) {
}
