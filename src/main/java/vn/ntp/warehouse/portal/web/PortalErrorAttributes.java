package vn.ntp.warehouse.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring's error page and JSON error say when a request fails outside the controllers (a missing
 * page, an error in a filter): the status, a Vietnamese sentence and the path; never an exception or trace.
 */
@Component
@Profile("portal")
public class PortalErrorAttributes extends DefaultErrorAttributes {
    private final String maxUploadMb;

    public PortalErrorAttributes(@org.springframework.beans.factory.annotation.Value("${ntp.portal.max-upload-mb:20}") String maxUploadMb) {
        this.maxUploadMb = maxUploadMb;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> spring = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = spring.get("status") instanceof Integer i ? i : 500;
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("status", status);
        shown.put("message_vi", switch (status) {
            case 400 -> "Yêu cầu không hợp lệ.";
            case 401 -> "Cần đăng nhập.";
            case 403 -> "Không có quyền truy cập trang này (hoặc phiên làm việc đã hết hạn: hãy tải lại trang và đăng nhập lại).";
            case 404 -> "Không tìm thấy trang này.";
            case 413 -> PortalErrors.tooLarge(maxUploadMb);
            default -> "Máy chủ gặp lỗi khi xử lý yêu cầu.";
        });
        shown.put("path", spring.get("path"));
        return shown;
    }
}
