package org.jobmatch.batch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leases by which instances share a run: a chunk to rank, the run's allocation, a chunk to write. A lease is
 * taken with {@code FOR UPDATE SKIP LOCKED} among the chunks nobody holds or whose lease ran out; finishing a step
 * is idempotent (a step done twice after a lost lease stores nothing the second time).
 */
@Repository
class BatchLeases {

    /** What a run still needs: chunks to rank, then the allocation, then chunks to write. */
    record Progress(int toRank, long ranked, boolean allocated, int toWrite, long written, long persons) {

        boolean finished() {
            return toRank == 0 && allocated && toWrite == 0;
        }
    }

    private static final String TAKE_CHUNK = """
            UPDATE batch_chunks SET leased_by = ?, lease_until = now() + ? * interval '1 millisecond'
            WHERE (batch_id, chunk) = (
                SELECT batch_id, chunk FROM batch_chunks
                WHERE batch_id = ? AND %s AND (lease_until IS NULL OR lease_until < now())
                ORDER BY chunk LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING chunk""";

    private final JdbcTemplate jdbc;

    BatchLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OptionalInt takeChunkToRank(long id, String instance, Duration lease) {
        return take(TAKE_CHUNK.formatted("options IS NULL"), id, instance, lease);
    }

    OptionalInt takeChunkToWrite(long id, String instance, Duration lease) {
        return take(TAKE_CHUNK.formatted("allocation IS NOT NULL AND NOT written"), id, instance, lease);
    }

    /** The run's allocation, once every chunk is ranked, to one instance at a time. */
    boolean takeAllocation(long id, String instance, Duration lease) {
        return jdbc.update("""
                UPDATE batches SET leased_by = ?, lease_until = now() + ? * interval '1 millisecond'
                WHERE id = (SELECT id FROM batches WHERE id = ? AND status = 'RUNNING' AND spread IS NULL
                            AND (lease_until IS NULL OR lease_until < now())
                            AND NOT EXISTS (SELECT 1 FROM batch_chunks c WHERE c.batch_id = batches.id AND c.options IS NULL)
                            FOR UPDATE SKIP LOCKED)""", instance, lease.toMillis(), id) == 1;
    }

    private OptionalInt take(String sql, long id, String instance, Duration lease) {
        List<Integer> chunk = jdbc.queryForList(sql, Integer.class, instance, lease.toMillis(), id);
        return chunk.isEmpty() ? OptionalInt.empty() : OptionalInt.of(chunk.get(0));
    }

    /** Lets go of what {@code instance} holds of run {@code id} (an interrupted run resumes at once elsewhere). */
    void release(long id, String instance) {
        jdbc.update("UPDATE batch_chunks SET lease_until = NULL WHERE batch_id = ? AND leased_by = ?", id, instance);
        jdbc.update("UPDATE batches SET lease_until = NULL WHERE id = ? AND leased_by = ?", id, instance);
    }

    Progress progress(long id) {
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE options IS NULL),
                       coalesce(sum(persons) FILTER (WHERE options IS NOT NULL), 0),
                       (SELECT spread IS NOT NULL FROM batches WHERE id = ?),
                       count(*) FILTER (WHERE NOT written),
                       coalesce(sum(persons) FILTER (WHERE written), 0),
                       coalesce(sum(persons), 0)
                FROM batch_chunks WHERE batch_id = ?""",
                (rs, n) -> new Progress(rs.getInt(1), rs.getLong(2), rs.getBoolean(3), rs.getInt(4), rs.getLong(5),
                        rs.getLong(6)),
                id, id);
    }

    List<String> persons(long id, int chunk) {
        return jdbc.queryForList("""
                SELECT bp.person_id FROM batch_persons bp WHERE bp.batch_id = ? AND bp.chunk = ? ORDER BY bp.person_id""",
                String.class, id, chunk);
    }

    /** Stores a chunk's options, unless another instance did first. */
    void ranked(long id, int chunk, byte[] options) {
        jdbc.update("UPDATE batch_chunks SET options = ?, lease_until = NULL WHERE batch_id = ? AND chunk = ? AND options IS NULL",
                options, id, chunk);
    }

    /** Every chunk's options, chunk by chunk. */
    void eachRanked(long id, BiConsumer<Integer, byte[]> chunk) {
        jdbc.query("SELECT chunk, options FROM batch_chunks WHERE batch_id = ? ORDER BY chunk",
                rs -> {
                    chunk.accept(rs.getInt(1), rs.getBytes(2));
                }, id);
    }

    Optional<byte[]> options(long id, int chunk) {
        return jdbc.queryForList("SELECT options FROM batch_chunks WHERE batch_id = ? AND chunk = ?", byte[].class, id, chunk)
                .stream().findFirst();
    }

    Optional<byte[]> allocation(long id, int chunk) {
        return jdbc.queryForList("SELECT allocation FROM batch_chunks WHERE batch_id = ? AND chunk = ?", byte[].class,
                id, chunk).stream().findFirst();
    }

    /** Stores the run's allocation, chunk by chunk, and its figures, unless another instance did first. */
    @Transactional
    boolean allocated(long id, Map<Integer, byte[]> chunks, String spread) {
        if (jdbc.update("UPDATE batches SET spread = ?::jsonb, lease_until = NULL WHERE id = ? AND spread IS NULL",
                spread, id) == 0) {
            return false;
        }
        jdbc.batchUpdate("UPDATE batch_chunks SET allocation = ? WHERE batch_id = ? AND chunk = ?",
                chunks.entrySet().stream().map(e -> new Object[]{e.getValue(), id, e.getKey()}).toList());
        return true;
    }

    void written(long id, int chunk) {
        jdbc.update("UPDATE batch_chunks SET written = true, lease_until = NULL WHERE batch_id = ? AND chunk = ?", id, chunk);
    }
}
