-- Placements (安置/就业登记) written back to the ledger.

-- The kind of job a person was placed in: enterprise, assistance workshop, welfare post or flexible work.
ALTER TABLE persons ADD COLUMN placement_type varchar(16)
    CHECK (placement_type IN ('ENTERPRISE', 'WORKSHOP', 'WELFARE_POST', 'FLEXIBLE'));

-- A placement entered by mistake is cancelled, not forgotten: the ledger keeps what happened.
ALTER TABLE placements
    ADD COLUMN previous_placement_type varchar(16),
    -- Household members whose zero-employment flag this placement cleared, to restore on cancellation.
    ADD COLUMN cleared_zero_employment text[] NOT NULL DEFAULT '{}',
    ADD COLUMN cancelled_at timestamptz,
    ADD COLUMN cancelled_by text;
ALTER TABLE placements DROP CONSTRAINT placements_once_per_vacancy;
CREATE UNIQUE INDEX placements_once_per_vacancy ON placements (person_id, vacancy_id) WHERE cancelled_at IS NULL;

-- A household none of whose members is employed is a zero-employment family (零就业家庭).
CREATE VIEW households AS
SELECT household_id AS id,
       count(*) AS members,
       count(*) FILTER (WHERE employment_status = 'EMPLOYED') AS employed,
       bool_and(employment_status <> 'EMPLOYED') AS zero_employment
FROM persons
WHERE household_id IS NOT NULL
GROUP BY household_id;
