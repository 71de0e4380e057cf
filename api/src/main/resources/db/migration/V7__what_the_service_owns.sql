-- What the service owns (contract): re-imports move a vacancy's open places by the change in the file's
-- `openings`, not to it; and a referral is recorded once per person, vacancy and day.

-- The `openings` the last import of the vacancy carried. Rows from before this column: what the file must
-- have said, given the placements recorded here since.
ALTER TABLE vacancies ADD COLUMN openings_imported integer CHECK (openings_imported >= 0);
UPDATE vacancies v SET openings_imported = v.openings + (
    SELECT count(*) FROM placements p WHERE p.vacancy_id = v.id AND p.cancelled_at IS NULL);
ALTER TABLE vacancies ALTER COLUMN openings_imported SET NOT NULL;

-- The business day of a referral (China's date), its idempotency key with person and vacancy.
ALTER TABLE referrals ADD COLUMN referred_on date;
UPDATE referrals SET referred_on = (referred_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE referrals ALTER COLUMN referred_on SET NOT NULL;
ALTER TABLE referrals ALTER COLUMN referred_on SET DEFAULT (now() AT TIME ZONE 'Asia/Shanghai')::date;

-- Copies recorded before referrals were idempotent stay (placements and invitations may point at them),
-- marked as repeats of the first one of their day so that they count once.
ALTER TABLE referrals ADD COLUMN repeat_of bigint REFERENCES referrals (id);
UPDATE referrals r SET repeat_of = f.first_id
FROM (SELECT id, min(id) OVER (PARTITION BY person_id, vacancy_id, referred_on) AS first_id FROM referrals) f
WHERE r.id = f.id AND f.id <> f.first_id;
CREATE UNIQUE INDEX referrals_once_a_day ON referrals (person_id, vacancy_id, referred_on) WHERE repeat_of IS NULL;
