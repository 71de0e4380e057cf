package org.jobmatch.sheets;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;

/** A file that is no readable sheet (or has no header): 400 {@code unreadable-sheet}, the reason in both languages. */
public class UnreadableSheetException extends ApiException {

    UnreadableSheetException(String reasonZh, String reasonEn, Throwable cause) {
        super(HttpStatus.BAD_REQUEST, "unreadable-sheet", reasonZh, reasonEn);
        initCause(cause);
    }
}
