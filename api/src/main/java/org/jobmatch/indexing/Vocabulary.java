package org.jobmatch.indexing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.analysis.SynonymDictionary;
import org.jobmatch.index.Documents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The analysis chain in use, reloadable at run time when county staff extend the synonym files
 * (bundled dictionaries plus the files in {@code jobmatch.synonyms.dir}).
 */
@Component
public class Vocabulary implements Supplier<Documents> {

    private final String extrasDir;
    private final AtomicReference<Documents> current = new AtomicReference<>();

    Vocabulary(@Value("${jobmatch.synonyms.dir:}") String extrasDir) {
        this.extrasDir = extrasDir;
        current.set(load());
    }

    public Documents documents() {
        return current.get();
    }

    /** The analysis in use, for those that only read it. */
    @Override
    public Documents get() {
        return documents();
    }

    /** Re-reads the dictionaries; the caller rebuilds the indices so stored documents use them too. */
    public int reload() {
        Documents documents = load();
        current.set(documents);
        return documents.analyzer().dictionary().groupCount();
    }

    private Documents load() {
        SynonymDictionary dictionary = extrasDir.isBlank()
                ? SynonymDictionary.bundled() : SynonymDictionary.loadWithExtras(Path.of(extrasDir));
        return new Documents(JobTextAnalyzer.load(dictionary));
    }
}
