package vn.ntp.warehouse.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.portal.approval.ApprovalLog;
import vn.ntp.warehouse.portal.upload.Uploads;
import vn.ntp.warehouse.portal.warehouse.WarehouseQueries;

/** The portal's services, on the home folder of {@code ./ntp serve}; configuration and reference data read once. */
@Configuration
@Profile("portal")
public class PortalConfiguration {

    @Bean
    ReferenceData portalReferenceData(NtpSettings settings) {
        return ReferenceData.load(settings);
    }

    @Bean
    UnitScope unitScope(ReferenceData portalReferenceData) {
        return new UnitScope(portalReferenceData.units());
    }

    @Bean
    FindingMessages findingMessages(ReferenceData portalReferenceData) {
        return new FindingMessages(portalReferenceData.checks());
    }

    @Bean
    Uploads uploads(ReferenceData portalReferenceData, FindingMessages messages, UnitScope scope, AuditTrail audit, NtpSettings settings) {
        return new Uploads(portalReferenceData, messages, scope, audit, settings.home(), settings.inbox());
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
