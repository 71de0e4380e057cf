package org.jobmatch.importing;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.jobmatch.security.CurrentViewer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * NDJSON imports. Only bodies declared {@code application/x-ndjson} are taken (else 415, before anything is read):
 * a cross-site form can send {@code text/plain}, {@code application/x-www-form-urlencoded} or
 * {@code multipart/form-data}, never this.
 */
@RestController
@RequestMapping("/api/v1")
class ImportController {

    static final String NDJSON = "application/x-ndjson";

    private final LedgerImport ledgerImport;
    private final ImportProperties properties;
    private final CurrentViewer viewer;

    ImportController(LedgerImport ledgerImport, ImportProperties properties, CurrentViewer viewer) {
        this.ledgerImport = ledgerImport;
        this.properties = properties;
        this.viewer = viewer;
    }

    /** Township staff import their own township's records only. */
    @PostMapping(value = "/persons/import", consumes = NDJSON)
    ImportReport importPersons(HttpServletRequest request) throws IOException {
        return ledgerImport.importPersons(request.getInputStream(), limit(request), ImportProgress.NONE,
                viewer.get().limitedTo());
    }

    @PostMapping(value = "/vacancies/import", consumes = NDJSON)
    ImportReport importVacancies(HttpServletRequest request) throws IOException {
        return ledgerImport.importVacancies(request.getInputStream(), limit(request), ImportProgress.NONE,
                viewer.get().limitedTo());
    }

    @PostMapping(value = "/services/import", consumes = NDJSON)
    ImportReport importServices(HttpServletRequest request) throws IOException {
        return ledgerImport.importServices(request.getInputStream(), limit(request), ImportProgress.NONE,
                viewer.get().limitedTo());
    }

    /** Refuses a declared oversize body before reading it; a chunked one is cut off while streaming. */
    private long limit(HttpServletRequest request) {
        long limit = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException(limit);
        }
        return limit;
    }
}
