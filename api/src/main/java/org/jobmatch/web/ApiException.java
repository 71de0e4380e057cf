package org.jobmatch.web;

import org.springframework.http.HttpStatus;

/**
 * A failure the API reports as an RFC 9457 problem. {@code code} is stable (clients switch on it and it
 * becomes the problem {@code type}); the reason is given in Chinese and English.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String reasonZh;

    public ApiException(HttpStatus status, String code, String reasonZh, String reasonEn) {
        super(reasonEn);
        this.status = status;
        this.code = code;
        this.reasonZh = reasonZh;
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found",
                "未找到" + whatZh(what) + " " + id, what + " " + id + " not found");
    }

    public static ApiException badRequest(String code, String reasonZh, String reasonEn) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, reasonZh, reasonEn);
    }

    public static ApiException conflict(String code, String reasonZh, String reasonEn) {
        return new ApiException(HttpStatus.CONFLICT, code, reasonZh, reasonEn);
    }

    private static String whatZh(String what) {
        return switch (what) {
            case "person" -> "人员";
            case "vacancy" -> "岗位";
            case "placement" -> "安置记录";
            case "batch" -> "批次";
            case "user" -> "用户";
            case "service" -> "服务记录";
            case "referral" -> "推荐记录";
            case "case" -> "零就业家庭帮扶记录";
            default -> what;
        };
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String reasonZh() {
        return reasonZh;
    }

    public String reasonEn() {
        return getMessage();
    }
}
