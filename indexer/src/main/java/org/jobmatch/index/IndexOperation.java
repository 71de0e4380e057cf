package org.jobmatch.index;

/**
 * One write to an index, carrying the ledger row's version (external versioning: an older version never
 * overwrites a newer one). {@code document} null means delete. {@code index} null means the alias.
 */
public record IndexOperation(IndexKind kind, String index, String id, long version, Object document) {

    public static IndexOperation upsert(IndexKind kind, String id, long version, Object document) {
        return new IndexOperation(kind, null, id, version, document);
    }

    public static IndexOperation delete(IndexKind kind, String id, long version) {
        return new IndexOperation(kind, null, id, version, null);
    }

    public IndexOperation into(String concreteIndex) {
        return new IndexOperation(kind, concreteIndex, id, version, document);
    }

    String target() {
        return index == null ? kind.alias() : index;
    }
}
