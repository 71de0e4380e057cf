package org.jobmatch.indexing;

import java.util.ArrayList;
import java.util.List;

import org.jobmatch.index.IndexKind;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff operations on the search side: reload the synonym files, rebuild the indices from the ledger. */
@RestController
@RequestMapping("/api/v1/admin")
class AdminController {

    private final Vocabulary vocabulary;
    private final IndexRebuild rebuild;

    AdminController(Vocabulary vocabulary, IndexRebuild rebuild) {
        this.vocabulary = vocabulary;
        this.rebuild = rebuild;
    }

    record ReloadResult(int synonymGroups, List<IndexRebuild.Result> rebuilt) {
    }

    /** Re-reads the dictionaries (a bad file keeps the old ones) and rebuilds so stored documents use them. */
    @PostMapping("/synonyms/reload")
    ReloadResult reloadSynonyms() {
        int groups;
        try {
            groups = vocabulary.reload();
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "synonyms-invalid",
                    "同义词词典有误，仍使用原词典: " + e.getMessage(), "synonym files invalid, old ones kept");
        }
        return new ReloadResult(groups, rebuildAll());
    }

    @PostMapping("/reindex")
    List<IndexRebuild.Result> reindex() {
        return rebuildAll();
    }

    private List<IndexRebuild.Result> rebuildAll() {
        List<IndexRebuild.Result> results = new ArrayList<>();
        for (IndexKind kind : IndexKind.values()) {
            results.add(rebuild.rebuild(kind, written -> { }));
        }
        return results;
    }
}
