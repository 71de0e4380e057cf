package org.jobmatch.web;

import static java.util.Map.entry;

import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The problem for a bare HTTP status (Tomcat's and Spring's own refusals): a stable code and reasons per status. */
final class StatusProblems {

    private record Texts(String code, String zh, String en) {
    }

    private static final Map<Integer, Texts> BY_STATUS = Map.ofEntries(
            entry(400, new Texts("bad-request", "请求格式无效", "malformed request")),
            entry(401, new Texts("unauthenticated", "请先登录", "authentication required")),
            entry(403, new Texts("forbidden", "当前账号无权进行此操作", "the account's role does not allow this")),
            entry(404, new Texts("not-found", "请求的地址不存在", "no such resource")),
            entry(405, new Texts("method-not-allowed", "该地址不支持此请求方法", "method not allowed here")),
            entry(406, new Texts("not-acceptable", "无法以所要求的格式回答", "cannot answer in an acceptable format")),
            entry(408, new Texts("request-timeout", "请求超时", "request timed out")),
            entry(413, new Texts("body-too-large", "请求体过大", "request body too large")),
            entry(414, new Texts("uri-too-long", "请求地址过长", "request URI too long")),
            entry(415, new Texts("unsupported-media-type", "不支持的内容类型", "unsupported content type")),
            entry(431, new Texts("headers-too-large", "请求头过大", "request headers too large")),
            entry(500, new Texts("internal-error", "服务内部错误", "internal error")),
            entry(503, new Texts("unavailable", "服务暂时不可用，请稍后再试", "service unavailable, try again later")));

    private StatusProblems() {
    }

    static ProblemDetail of(int status) {
        Texts texts = BY_STATUS.getOrDefault(status,
                new Texts("http-" + status, "请求失败 (" + status + ")", "request failed (" + status + ")"));
        return Problems.of(HttpStatusCode.valueOf(status), texts.code(), texts.zh(), texts.en());
    }
}
