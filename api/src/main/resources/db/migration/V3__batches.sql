-- Batch recommendation runs (批量推荐) and their per-person progress.
-- A person's referrals and their progress row are written in one statement: a person counts as done
-- exactly when their referrals exist, so a resumed run neither skips nor repeats anyone.

CREATE TABLE batches (
    id                    bigserial    PRIMARY KEY,
    status                varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    township              text,
    groups                text[]       NOT NULL DEFAULT '{}',
    run_on                date         NOT NULL,
    operator              text,
    referrals_per_opening integer      NOT NULL CHECK (referrals_per_opening >= 1),
    report                jsonb,
    error                 text,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    finished_at           timestamptz
);
-- At startup every RUNNING batch is resumed.
CREATE INDEX batches_running ON batches (id) WHERE status = 'RUNNING';

CREATE TABLE batch_persons (
    batch_id        bigint       NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    person_id       varchar(64)  NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    state           varchar(16)  NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    result          text,
    score_given_up  double precision,
    cap_relaxed     boolean      NOT NULL DEFAULT false,
    finished_at     timestamptz,
    PRIMARY KEY (batch_id, person_id)
);
-- Two runs at once over the same person are refused: a person is pending in at most one batch.
CREATE UNIQUE INDEX batch_persons_pending_once ON batch_persons (person_id) WHERE state = 'PENDING';
CREATE INDEX batch_persons_state ON batch_persons (batch_id, state);

ALTER TABLE referrals ADD CONSTRAINT referrals_batch FOREIGN KEY (batch_id) REFERENCES batches (id);
-- A batch refers a person to each rank once, whatever happens to the run.
CREATE UNIQUE INDEX referrals_batch_once ON referrals (batch_id, person_id, rank) WHERE batch_id IS NOT NULL;
