package org.jobmatch.cli;

import java.util.List;
import java.util.Locale;

import org.jobmatch.index.IndexKind;
import org.jobmatch.indexing.IndexRebuild;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code reindex}: rebuilds both indices from the ledger and swaps their aliases. */
@Component
@ConditionalOnProperty("jobmatch.command")
class ReindexCommand implements CommandRunner.Command {

    private final IndexRebuild rebuild;

    ReindexCommand(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public String name() {
        return Commands.REINDEX;
    }

    @Override
    public int run(List<String> arguments) {
        for (IndexKind kind : IndexKind.values()) {
            ProgressBar bar = new ProgressBar(System.err, "重建索引 " + kind.alias(), rebuild.count(kind));
            IndexRebuild.Result result = rebuild.rebuild(kind,
                    written -> bar.update(written, String.format(Locale.ROOT, "%,d 条", written)));
            bar.finish(String.format(Locale.ROOT, "%s -> %s: %,d 条 (documents)",
                    kind.alias(), result.index(), result.documents()));
        }
        return 0;
    }
}
