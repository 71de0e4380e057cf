package org.jobmatch.web;

import java.util.List;

import org.springframework.http.HttpMethod;

/** A malformed value for every parameter and body of the API that can be wrong, and the problem code it gets. */
final class MalformedCases {

    /** A value that must never come back: an ID number (of P-0001 in the contract's examples). */
    static final String ID_NUMBER = "320614197906121245";
    /** Text over any bound of the API (100 characters), made of a name that must not come back either. */
    static final String NAME = "王秀英";
    private static final String LONG = NAME.repeat(34);

    private static final String PARAMETER = "invalid-parameter";
    private static final String MISSING = "missing-parameter";
    private static final String FIELD = "invalid-field";
    private static final String JSON = "invalid-json";
    private static final String RECOMMENDATIONS = "GET /api/v1/persons/{id}/recommendations";
    private static final String REPORT = "GET /api/v1/reports/{report}";
    private static final String REPORT_XLSX = "GET /api/v1/reports/{report}.xlsx";
    private static final String REPORT_PERSONS = "GET /api/v1/reports/{report}/persons";

    /** {@code endpoint} as mapped ({@code "GET /api/v1/fairs/{id}"}), {@code part} the parameter or "body". */
    record Case(String endpoint, String part, String uri, String body, String code) {

        HttpMethod method() {
            return HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        }

        @Override
        public String toString() {
            return endpoint.substring(0, endpoint.indexOf(' ')) + " " + uri + (body == null ? "" : " " + body);
        }
    }

    static final List<Case> ALL = List.of(
            param(RECOMMENDATIONS, "limit", "/api/v1/persons/P-0001/recommendations?limit=100000"),
            param(RECOMMENDATIONS, "limit", "/api/v1/persons/P-0001/recommendations?limit=-1"),
            param(RECOMMENDATIONS, "limit", "/api/v1/persons/P-0001/recommendations?limit=abc"),
            param(RECOMMENDATIONS, "limit", "/api/v1/persons/P-0001/recommendations?limit=" + ID_NUMBER),
            param("GET /api/v1/vacancies/{id}/candidates", "limit", "/api/v1/vacancies/V-0001/candidates?limit=100000"),
            param("GET /api/v1/vacancies/{id}/candidates", "limit", "/api/v1/vacancies/V-0001/candidates?limit=0"),
            missing("GET /api/v1/kiosk/jobs", "township", "/api/v1/kiosk/jobs"),
            param("GET /api/v1/kiosk/jobs", "township", "/api/v1/kiosk/jobs?township=" + LONG),
            param("GET /api/v1/kiosk/jobs", "type", "/api/v1/kiosk/jobs?township=三星镇&type=" + LONG),
            param("GET /api/v1/kiosk/jobs", "limit", "/api/v1/kiosk/jobs?township=三星镇&limit=51"),
            param("GET /api/v1/kiosk/jobs", "limit", "/api/v1/kiosk/jobs?township=三星镇&limit=abc"),
            missing("GET /api/v1/kiosk/job-types", "township", "/api/v1/kiosk/job-types"),
            param("GET /api/v1/kiosk/job-types", "township", "/api/v1/kiosk/job-types?township="),
            param("GET /api/v1/fairs/{id}", "id", "/api/v1/fairs/abc"),
            param("GET /api/v1/fairs/{id}", "id", "/api/v1/fairs/" + "9".repeat(30)),
            body("PUT /api/v1/fairs/{id}", "id", "/api/v1/fairs/abc", "{\"name\":\"秋季招聘会\"}", PARAMETER),
            body("PUT /api/v1/fairs/{id}", "body", "/api/v1/fairs/1", "{\"name\":\"" + ID_NUMBER, JSON),
            param("DELETE /api/v1/fairs/{id}", "id", "/api/v1/fairs/abc"),
            body("POST /api/v1/fairs", "body", "/api/v1/fairs", "{\"name\":\" \"}", FIELD),
            body("POST /api/v1/fairs", "body", "/api/v1/fairs",
                    "{\"name\":\"x\",\"heldOn\":\"" + ID_NUMBER + "\"}", FIELD),
            param("GET /api/v1/fairs/{id}/shortlists", "id", "/api/v1/fairs/abc/shortlists"),
            param("GET /api/v1/fairs/{id}/shortlists", "limit", "/api/v1/fairs/1/shortlists?limit=101"),
            param("GET /api/v1/fairs/{id}/shortlists.xlsx", "id", "/api/v1/fairs/abc/shortlists.xlsx"),
            param("GET /api/v1/fairs/{id}/shortlists.xlsx", "limit", "/api/v1/fairs/1/shortlists.xlsx?limit=0"),
            body("POST /api/v1/fairs/{id}/invitations", "id", "/api/v1/fairs/abc/invitations",
                    "{\"personId\":\"P-0001\",\"vacancyId\":\"V-0001\"}", PARAMETER),
            body("POST /api/v1/fairs/{id}/invitations", "body", "/api/v1/fairs/1/invitations",
                    "{\"personId\":\"\"}", FIELD),
            param("DELETE /api/v1/placements/{id}", "id", "/api/v1/placements/abc"),
            param("DELETE /api/v1/placements/{id}", "operator", "/api/v1/placements/1?operator=" + LONG),
            body("POST /api/v1/placements", "body", "/api/v1/placements",
                    "{\"personId\":\"P-0001\",\"vacancyId\":\"V-0001\",\"date\":\"" + ID_NUMBER + "\"}", FIELD),
            body("POST /api/v1/placements", "body", "/api/v1/placements", "{\"personId\":\"" + ID_NUMBER + "\",", JSON),
            body("POST /api/v1/placements", "body", "/api/v1/placements", "", JSON),
            param("GET /api/v1/admin/audit", "actor", "/api/v1/admin/audit?actor=" + LONG),
            param("GET /api/v1/admin/audit", "personId", "/api/v1/admin/audit?personId=" + LONG),
            param("GET /api/v1/admin/audit", "action", "/api/v1/admin/audit?action=" + ID_NUMBER),
            param("GET /api/v1/admin/audit", "from", "/api/v1/admin/audit?from=" + ID_NUMBER),
            param("GET /api/v1/admin/audit", "to", "/api/v1/admin/audit?to=2026-13-45"),
            param("GET /api/v1/admin/audit", "limit", "/api/v1/admin/audit?limit=1001"),
            param("GET /api/v1/admin/audit", "before", "/api/v1/admin/audit?before=0"),
            param("GET /api/v1/admin/audit.xlsx", "actor", "/api/v1/admin/audit.xlsx?actor=" + LONG),
            param("GET /api/v1/admin/audit.xlsx", "personId", "/api/v1/admin/audit.xlsx?personId=" + LONG),
            param("GET /api/v1/admin/audit.xlsx", "action", "/api/v1/admin/audit.xlsx?action=NOPE"),
            param("GET /api/v1/admin/audit.xlsx", "from", "/api/v1/admin/audit.xlsx?from=yesterday"),
            param("GET /api/v1/admin/audit.xlsx", "to", "/api/v1/admin/audit.xlsx?to=" + ID_NUMBER),
            body("POST /api/v1/persons/{id}/reveal", "body", "/api/v1/persons/P-0001/reveal",
                    "{\"fields\":[\"" + ID_NUMBER + "\"],\"purpose\":\"核对\"}", FIELD),
            body("POST /api/v1/persons/{id}/referrals", "body", "/api/v1/persons/P-0001/referrals",
                    "{\"channel\":\"" + ID_NUMBER + "\"}", FIELD),
            body("POST /api/v1/persons/{id}/referrals", "body", "/api/v1/persons/P-0001/referrals",
                    "{\"operator\":\"" + LONG + "\"}", FIELD),
            param("GET /api/v1/persons/{id}/services", "from", "/api/v1/persons/P-0001/services?from=" + ID_NUMBER),
            param("GET /api/v1/persons/{id}/services", "to", "/api/v1/persons/P-0001/services?to=2026-02-30"),
            body("POST /api/v1/persons/{id}/services", "body", "/api/v1/persons/P-0001/services",
                    "{\"kind\":\"" + ID_NUMBER + "\"}", FIELD),
            body("POST /api/v1/persons/{id}/services", "body", "/api/v1/persons/P-0001/services",
                    "{\"kind\":\"VISIT\",\"note\":\"" + LONG.repeat(6) + "\"}", FIELD),
            param("DELETE /api/v1/services/{serviceId}", "serviceId", "/api/v1/services/abc"),
            body("PUT /api/v1/imports/{id}/columns", "body", "/api/v1/imports/X/columns",
                    "{\"columns\":{\"A\":\"" + ID_NUMBER, JSON),
            param("GET /api/v1/follow-ups", "month", "/api/v1/follow-ups?month=" + ID_NUMBER),
            param("GET /api/v1/follow-ups", "township", "/api/v1/follow-ups?township=" + LONG),
            param("GET /api/v1/follow-ups", "village", "/api/v1/follow-ups?village=" + LONG),
            body("POST /api/v1/referrals/{referralId}/outcome", "referralId", "/api/v1/referrals/abc/outcome",
                    "{\"outcome\":\"DECLINED\"}", PARAMETER),
            body("POST /api/v1/referrals/{referralId}/outcome", "body", "/api/v1/referrals/1/outcome",
                    "{\"outcome\":\"" + ID_NUMBER + "\"}", FIELD),
            param("GET /api/v1/zero-employment", "township", "/api/v1/zero-employment?township=" + LONG),
            param("GET /api/v1/zero-employment", "village", "/api/v1/zero-employment?village=" + LONG),
            param("GET /api/v1/zero-employment", "state", "/api/v1/zero-employment?state=" + ID_NUMBER),
            body("POST /api/v1/zero-employment/{caseId}/end", "caseId", "/api/v1/zero-employment/abc/end",
                    "{\"reason\":\"搬走\"}", PARAMETER),
            body("POST /api/v1/zero-employment/{caseId}/end", "body", "/api/v1/zero-employment/1/end",
                    "{\"reason\":\"" + LONG.repeat(3) + "\"}", FIELD),
            param(REPORT, "report", "/api/v1/reports/nope"),
            param(REPORT, "from", "/api/v1/reports/warm-heart?from=" + ID_NUMBER),
            param(REPORT, "to", "/api/v1/reports/warm-heart?to=2026-02-30"),
            param(REPORT, "township", "/api/v1/reports/warm-heart?township=" + LONG),
            param(REPORT_XLSX, "report", "/api/v1/reports/nope.xlsx"),
            param(REPORT_XLSX, "from", "/api/v1/reports/coverage.xlsx?from=" + ID_NUMBER),
            param(REPORT_XLSX, "to", "/api/v1/reports/coverage.xlsx?to=2026-13-01"),
            param(REPORT_XLSX, "township", "/api/v1/reports/coverage.xlsx?township=" + LONG),
            param(REPORT_PERSONS, "report", "/api/v1/reports/nope/persons?column=assisted"),
            missing(REPORT_PERSONS, "column", "/api/v1/reports/warm-heart/persons"),
            param(REPORT_PERSONS, "column", "/api/v1/reports/warm-heart/persons?column=" + LONG),
            param(REPORT_PERSONS, "from", "/api/v1/reports/warm-heart/persons?column=assisted&from=" + ID_NUMBER),
            param(REPORT_PERSONS, "to", "/api/v1/reports/warm-heart/persons?column=assisted&to=yesterday"),
            param(REPORT_PERSONS, "township", "/api/v1/reports/warm-heart/persons?column=assisted&township=" + LONG),
            param(REPORT_PERSONS, "village", "/api/v1/reports/coverage/persons?column=covered&village=" + LONG),
            param(REPORT_PERSONS, "limit", "/api/v1/reports/coverage/persons?column=covered&limit=0"),
            param("GET /api/v1/reports/plan/targets", "year", "/api/v1/reports/plan/targets?year=1999"),
            param("GET /api/v1/reports/plan/targets", "township", "/api/v1/reports/plan/targets?township=" + LONG),
            body("PUT /api/v1/reports/plan/targets", "body", "/api/v1/reports/plan/targets",
                    "{\"targets\":[{\"year\":1999,\"township\":\"三星镇\",\"measure\":\"WELFARE_POSTS\",\"target\":1}]}",
                    FIELD),
            body("POST /api/v1/kiosk/sessions", "body", "/api/v1/kiosk/sessions",
                    "{\"identifier\":\"" + ID_NUMBER.repeat(4) + "\",\"phoneLastFour\":\"5678\"}", FIELD),
            body("POST /api/v1/kiosk/interests", "body", "/api/v1/kiosk/interests", "{\"vacancyId\":\"\"}", FIELD),
            body("POST /api/v1/batches", "body", "/api/v1/batches", "{\"referralsPerOpening\":0}", FIELD),
            body("POST /api/v1/batches", "body", "/api/v1/batches", "{\"groups\":[\"" + ID_NUMBER + "\"]}",
                    "unknown-group"),
            body("POST /api/v1/batches", "body", "/api/v1/batches", "{\"township\":\"" + ID_NUMBER + "\"}",
                    "unknown-township"),
            body("POST /api/v1/admin/users", "body", "/api/v1/admin/users",
                    "{\"username\":\"it-x\",\"role\":\"" + ID_NUMBER + "\"}", FIELD),
            body("POST /api/v1/admin/devices", "body", "/api/v1/admin/devices",
                    "{\"displayName\":\"" + LONG + "\"}", FIELD),
            body("PATCH /api/v1/admin/users/{username}", "body", "/api/v1/admin/users/it-nobody",
                    "{\"displayName\":\"" + LONG + "\"}", FIELD),
            body("POST /api/v1/admin/users/{username}/password", "body", "/api/v1/admin/users/it-nobody/password",
                    "{\"password\":\"" + LONG + LONG + "\"}", FIELD));

    private MalformedCases() {
    }

    private static Case param(String endpoint, String part, String uri) {
        return new Case(endpoint, part, uri, null, PARAMETER);
    }

    private static Case missing(String endpoint, String part, String uri) {
        return new Case(endpoint, part, uri, null, MISSING);
    }

    private static Case body(String endpoint, String part, String uri, String body, String code) {
        return new Case(endpoint, part, uri, body, code);
    }
}
