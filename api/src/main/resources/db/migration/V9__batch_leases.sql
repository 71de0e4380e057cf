-- Batch runs shared by several instances on one ledger. A run's persons are split into chunks; each chunk is
-- taken under a lease (SELECT … FOR UPDATE SKIP LOCKED, lease_until), ranked and its persons' options stored;
-- once every chunk is ranked one instance allocates globally (the run's own lease on batches), storing each
-- chunk's allocation; then chunks are leased again to be written. A lease not renewed in time is taken over.

ALTER TABLE batches ADD COLUMN leased_by text;
ALTER TABLE batches ADD COLUMN lease_until timestamptz;
-- the allocation's figures (lower bound, factor, persons with three, score against the uncapped picks)
ALTER TABLE batches ADD COLUMN spread jsonb;
-- why a run failed, as a problem (code, reason in Chinese and English): never an exception's text
ALTER TABLE batches ADD COLUMN failure jsonb;
UPDATE batches SET failure = jsonb_build_object('code', 'batch-failed',
        'reasonZh', '批次运行出错，请重新发起', 'reasonEn', 'the batch run failed; start it again')
    WHERE status = 'FAILED';
ALTER TABLE batches DROP COLUMN error;

ALTER TABLE batch_persons ADD COLUMN chunk integer NOT NULL DEFAULT 0;

CREATE TABLE batch_chunks (
    batch_id    bigint       NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    chunk       integer      NOT NULL,
    persons     integer      NOT NULL,
    -- the chunk's persons' ranked options, once ranked (binary, see OptionsCodec)
    options     bytea,
    -- each person's chosen options, once the run is allocated
    allocation  bytea,
    written     boolean      NOT NULL DEFAULT false,
    leased_by   text,
    lease_until timestamptz,
    PRIMARY KEY (batch_id, chunk)
);

-- a run interrupted before this version goes on as one chunk
INSERT INTO batch_chunks (batch_id, chunk, persons)
SELECT b.id, 0, count(bp.person_id) FROM batches b JOIN batch_persons bp ON bp.batch_id = b.id
WHERE b.status = 'RUNNING' GROUP BY b.id;
