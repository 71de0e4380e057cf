-- The service ledger (服务台账): every service given to a person, beside the referrals and placements already
-- recorded; the zero-employment family cases; the townships' yearly targets; what the township forms need.

CREATE TABLE services (
    id             bigserial    PRIMARY KEY,
    -- the key of an imported record (upsert); none for one recorded here
    external_id    varchar(64)  UNIQUE CHECK (length(external_id) >= 1),
    person_id      varchar(64)  NOT NULL REFERENCES persons (id),
    kind           varchar(24)  NOT NULL CHECK (kind IN ('POLICY_TALK', 'CAREER_GUIDANCE', 'TRAINING_REFERRAL',
                                                         'TRAINING', 'VISIT', 'TEMPORARY_RELIEF', 'JOB_FOUND')),
    served_on      date         NOT NULL,
    channel        varchar(16)  NOT NULL DEFAULT 'COUNTER'
                                CHECK (channel IN ('COUNTER', 'PHONE', 'VISIT', 'FAIR', 'KIOSK', 'ONLINE', 'OTHER')),
    operator       text         CHECK (length(operator) <= 100),
    note           text         CHECK (length(note) <= 500),
    -- training referred or taken
    course         text         CHECK (length(course) <= 200),
    -- temporary relief, in CNY
    amount         numeric(12, 2) CHECK (amount >= 0),
    -- work found otherwise than through a placement here
    job_channel    varchar(16)  CHECK (job_channel IN ('ENTERPRISE', 'FLEXIBLE', 'SELF_EMPLOYED')),
    recorded_at    timestamptz  NOT NULL DEFAULT now(),
    recorded_by    varchar(64),
    cancelled_at   timestamptz,
    cancelled_by   varchar(64),
    CONSTRAINT services_course CHECK (course IS NULL OR kind IN ('TRAINING_REFERRAL', 'TRAINING')),
    CONSTRAINT services_amount CHECK ((amount IS NULL) = (kind <> 'TEMPORARY_RELIEF')),
    CONSTRAINT services_job_channel CHECK ((job_channel IS NULL) = (kind <> 'JOB_FOUND'))
);
CREATE INDEX services_person ON services (person_id, served_on);
CREATE INDEX services_day ON services (served_on);

-- Why a referral came to nothing (the person declined, the employer did not take them): for the case files.
ALTER TABLE referrals ADD COLUMN outcome_reason text CHECK (length(outcome_reason) <= 200);

-- Zero-employment family cases (零就业家庭): opened when a household is found with nobody employed among its
-- working-age members who can and want to work, closed when a member is placed or works, or ended with a reason.
CREATE TABLE zero_employment_cases (
    id            bigserial    PRIMARY KEY,
    household_id  varchar(64)  NOT NULL,
    township      text         NOT NULL,
    village       text,
    opened_on     date         NOT NULL,
    closed_on     date,
    closed_how    varchar(16)  CHECK (closed_how IN ('PLACED', 'EMPLOYED', 'ENDED')),
    closed_note   text         CHECK (length(closed_note) <= 200),
    closed_by     varchar(64),
    CONSTRAINT zero_employment_closed CHECK ((closed_on IS NULL) = (closed_how IS NULL))
);
CREATE UNIQUE INDEX zero_employment_open ON zero_employment_cases (household_id) WHERE closed_on IS NULL;
CREATE INDEX zero_employment_township ON zero_employment_cases (township, opened_on);

-- The townships' targets of a year (the plan table), imported or typed in.
CREATE TABLE township_targets (
    year       integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    township   text         NOT NULL,
    measure    varchar(32)  NOT NULL,
    target     integer      NOT NULL CHECK (target >= 0),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    updated_by varchar(64),
    PRIMARY KEY (year, township, measure)
);

-- Fairs held in a township, on site or online (the form counts both and the on-site ones).
ALTER TABLE fairs ADD COLUMN township text, ADD COLUMN on_site boolean NOT NULL DEFAULT true;

-- Vacancies of employers above the designated size (规模以上企业), which the form counts apart.
ALTER TABLE vacancies ADD COLUMN large_employer boolean NOT NULL DEFAULT false;
