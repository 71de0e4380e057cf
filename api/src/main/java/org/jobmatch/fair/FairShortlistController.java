package org.jobmatch.fair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jobmatch.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A fair's shortlists as JSON (page and printout) and as a spreadsheet; invitations made at the fair. */
@RestController
@Validated
@RequestMapping("/api/v1/fairs/{id}")
class FairShortlistController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FairBoards boards;
    private final FairInvitations invitations;
    private final AuditLog audit;

    FairShortlistController(FairBoards boards, FairInvitations invitations, AuditLog audit) {
        this.boards = boards;
        this.invitations = invitations;
        this.audit = audit;
    }

    @GetMapping("/shortlists")
    FairBoard shortlists(@PathVariable long id, @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        return boards.board(id, limit);
    }

    @GetMapping("/shortlists.xlsx")
    ResponseEntity<byte[]> spreadsheet(@PathVariable long id,
                                       @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit)
            throws IOException {
        FairBoard board = boards.board(id, limit);
        audit.exported("招聘会 " + id + " 候选名单", board.personIds());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FairWorkbook.write(board, out);
        String file = ("招聘会候选名单-" + board.name()).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** 201 for a new invitation, 200 when the person had already been invited to that vacancy at this fair. */
    @PostMapping("/invitations")
    ResponseEntity<Invitation> invite(@PathVariable long id, @Valid @RequestBody Invitation.Request request) {
        FairInvitations.Outcome outcome = invitations.invite(id, request);
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.invitation());
        }
        return ResponseEntity.created(URI.create("/api/v1/fairs/" + id + "/invitations")).body(outcome.invitation());
    }
}
