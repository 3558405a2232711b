package vn.ntp.warehouse.portal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;
import vn.ntp.warehouse.portal.api.PortalApi;

/**
 * Every refusal and failure as the user should see it: a Vietnamese page, or under {@code /api/} a
 * JSON body {@code {"status", "message_vi"}}, with the right status. Never a stack trace.
 */
@ControllerAdvice
@Profile("portal")
public class PortalErrors {
    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String maxUploadMb;

    public PortalErrors(@Value("${ntp.portal.max-upload-mb:20}") String maxUploadMb) {
        this.maxUploadMb = maxUploadMb;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refusal(Refusal r, HttpServletRequest req, HttpServletResponse res) throws IOException {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (r instanceof PortalApi.Unreadable u) {
            extra.put("reason_code", u.reasonCode());
            extra.put("findings", u.findings());
        }
        return answer(req, res, r.status(), r.getMessage(), extra);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return answer(req, res, 413, tooLarge(maxUploadMb), Map.of());
    }

    static String tooLarge(String maxUploadMb) {
        return "Tệp quá lớn: mỗi tệp tối đa " + maxUploadMb + " MB. Hãy bỏ bớt các trang tính không cần gửi.";
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest req, HttpServletResponse res) throws IOException {
        log.info("bad request {}: {}", req.getRequestURI(), e.toString());
        return answer(req, res, 400, "Yêu cầu không hợp lệ: thiếu tệp hoặc tham số.", Map.of());
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ModelAndView notFound(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return answer(req, res, 404, "Không tìm thấy trang này.", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failure(Exception e, HttpServletRequest req, HttpServletResponse res) throws IOException {
        log.error("portal request {} failed", req.getRequestURI(), e);
        return answer(req, res, 500, "Máy chủ gặp lỗi khi xử lý yêu cầu; chi tiết đã được ghi vào nhật ký.", Map.of());
    }

    private static ModelAndView answer(HttpServletRequest req, HttpServletResponse res, int status, String messageVi,
                                       Map<String, Object> extra) throws IOException {
        if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("message_vi", messageVi);
            body.putAll(extra);
            res.setStatus(status);
            res.setContentType("application/json;charset=UTF-8");
            res.getWriter().write(JSON.writeValueAsString(body));
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("loi");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", messageVi);
        return page;
    }
}
