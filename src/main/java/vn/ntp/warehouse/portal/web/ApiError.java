package vn.ntp.warehouse.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The body of a JSON error written outside the controllers (401, 403 of the security filters). */
public final class ApiError {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiError() {
    }

    public static String json(int status, String messageVi) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message_vi", messageVi);
        return JSON.writeValueAsString(body);
    }
}
