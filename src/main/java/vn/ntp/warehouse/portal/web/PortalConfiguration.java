package vn.ntp.warehouse.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.portal.approval.ApprovalLog;
import vn.ntp.warehouse.portal.upload.Uploads;
import vn.ntp.warehouse.portal.warehouse.WarehouseQueries;
import vn.ntp.warehouse.report.Vocabulary;

/** The portal's services, on the home folder of {@code ./ntp serve}; the batch's reference data (read once) shared. */
@Configuration
@Profile("portal")
public class PortalConfiguration {

    @Bean
    UnitScope unitScope(ReferenceData referenceData) {
        return new UnitScope(referenceData.units());
    }

    /** The words for coded values ({@code jobs/dictionary/codes.csv}), as the run report and the exports use them. */
    @Bean
    Vocabulary vocabulary(NtpSettings settings) {
        return Vocabulary.load(settings.jobsDir());
    }

    @Bean
    FindingMessages findingMessages(ReferenceData referenceData, Vocabulary words) {
        return new FindingMessages(referenceData.checks(), words);
    }

    @Bean
    Uploads uploads(ReferenceData referenceData, FindingMessages messages, UnitScope scope, AuditTrail audit, NtpSettings settings,
                    WarehouseQueries warehouse, Vocabulary words) {
        return new Uploads(referenceData, messages, scope, audit, settings.home(), settings.inbox(),
                sha256 -> warehouse.sameContent(sha256).map(r -> new Uploads.AlreadyReceived((String) r.get("source_file"),
                        words.word("status", (String) r.get("status")))));
    }

    @Bean
    WarehouseQueries warehouseQueries(NtpSettings settings) {
        return new WarehouseQueries(settings.warehouse());
    }

    @Bean
    ApprovalLog approvalLog(NtpSettings settings) {
        return new ApprovalLog(settings.home());
    }
}
