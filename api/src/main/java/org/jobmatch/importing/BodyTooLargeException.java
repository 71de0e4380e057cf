package org.jobmatch.importing;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;

final class BodyTooLargeException extends ApiException {

    BodyTooLargeException(long limitBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                "导入文件超过大小上限 " + limitBytes / (1024 * 1024) + " MB，请拆分后分批导入",
                "body exceeds the limit of " + limitBytes + " bytes; split the file");
    }
}
