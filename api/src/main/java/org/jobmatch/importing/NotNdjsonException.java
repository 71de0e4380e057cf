package org.jobmatch.importing;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;

final class NotNdjsonException extends ApiException {

    NotNdjsonException(String reasonZh, String reasonEn) {
        super(HttpStatus.BAD_REQUEST, "not-ndjson", reasonZh, reasonEn);
    }
}
