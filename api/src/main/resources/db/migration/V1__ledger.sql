-- The ledger (台账): persons, vacancies, referrals and placements.
-- Enum-valued columns are checked here so that no program can store what the contract forbids.

CREATE TABLE vacancies (
    id                     varchar(64)  PRIMARY KEY CHECK (length(id) >= 1),
    source                 varchar(16)  NOT NULL CHECK (source IN ('ENTERPRISE', 'WORKSHOP', 'WELFARE_POST', 'FLEXIBLE')),
    employer               text         NOT NULL CHECK (length(employer) >= 1),
    title                  text         NOT NULL CHECK (length(title) >= 1),
    description            text,
    skills                 text[]       NOT NULL DEFAULT '{}',
    township               text         NOT NULL CHECK (length(township) >= 1),
    lat                    double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                    double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    location_from_township boolean      NOT NULL DEFAULT false,
    age_min                integer      CHECK (age_min BETWEEN 0 AND 120),
    age_max                integer      CHECK (age_max BETWEEN 0 AND 120),
    openings               integer      NOT NULL CHECK (openings >= 0),
    wage_min               integer      CHECK (wage_min >= 0),
    wage_max               integer      CHECK (wage_max >= 0),
    work_mode              varchar(16)  NOT NULL DEFAULT 'FULL_TIME'
                                        CHECK (work_mode IN ('FULL_TIME', 'PART_TIME', 'SEASONAL', 'FLEXIBLE')),
    accessible             boolean      NOT NULL DEFAULT false,
    eligible_groups        text[]       NOT NULL DEFAULT '{}',
    valid_until            date,
    contact_name           text,
    contact_phone          text,
    version                bigint       NOT NULL,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    updated_at             timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT vacancies_age_range CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
    CONSTRAINT vacancies_wage_range CHECK (wage_min IS NULL OR wage_max IS NULL OR wage_min <= wage_max),
    CONSTRAINT vacancies_eligible_groups_known CHECK (eligible_groups <@ ARRAY[
        'DIFFICULT', 'POVERTY_ALLEVIATED', 'MONITORED', 'LOW_INCOME', 'ZERO_EMPLOYMENT_FAMILY', 'DISABLED',
        'RETIRED_FISHER', 'VETERAN', 'GRADUATE', 'RETURNED_MIGRANT', 'LONG_TERM_UNEMPLOYED',
        'REGISTERED_UNEMPLOYED']::text[])
);
CREATE INDEX vacancies_township ON vacancies (township);

CREATE TABLE persons (
    id                      varchar(64)  PRIMARY KEY CHECK (length(id) >= 1),
    name                    text         NOT NULL CHECK (length(name) >= 1),
    id_number               char(18),
    gender                  char(1)      NOT NULL CHECK (gender IN ('M', 'F')),
    birth_date              date         NOT NULL,
    phone                   text,
    household_id            varchar(64),
    township                text         NOT NULL CHECK (length(township) >= 1),
    village                 text,
    lat                     double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                     double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    location_from_township  boolean      NOT NULL DEFAULT false,
    groups                  text[]       NOT NULL DEFAULT '{}',
    employment_status       varchar(16)  NOT NULL DEFAULT 'UNEMPLOYED'
                                         CHECK (employment_status IN ('UNEMPLOYED', 'FLEXIBLE', 'EMPLOYED', 'NOT_SEEKING')),
    skills                  text,
    pref_jobs               text,
    pref_work_modes         text[]       NOT NULL DEFAULT '{}',
    pref_max_distance_km    double precision NOT NULL DEFAULT 30 CHECK (pref_max_distance_km > 0),
    pref_willing_to_migrate boolean      NOT NULL DEFAULT false,
    pref_min_wage           integer      CHECK (pref_min_wage >= 0),
    version                 bigint       NOT NULL,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT persons_groups_known CHECK (groups <@ ARRAY[
        'DIFFICULT', 'POVERTY_ALLEVIATED', 'MONITORED', 'LOW_INCOME', 'ZERO_EMPLOYMENT_FAMILY', 'DISABLED',
        'RETIRED_FISHER', 'VETERAN', 'GRADUATE', 'RETURNED_MIGRANT', 'LONG_TERM_UNEMPLOYED',
        'REGISTERED_UNEMPLOYED']::text[]),
    CONSTRAINT persons_work_modes_known CHECK (pref_work_modes <@ ARRAY[
        'FULL_TIME', 'PART_TIME', 'SEASONAL', 'FLEXIBLE']::text[])
);
-- One resident, one ledger entry.
CREATE UNIQUE INDEX persons_id_number ON persons (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX persons_township ON persons (township);
CREATE INDEX persons_household ON persons (household_id);

CREATE TABLE referrals (
    id          bigserial    PRIMARY KEY,
    person_id   varchar(64)  NOT NULL REFERENCES persons (id),
    vacancy_id  varchar(64)  NOT NULL REFERENCES vacancies (id),
    rank        smallint     NOT NULL CHECK (rank >= 1),
    score       double precision,
    channel     varchar(16)  NOT NULL CHECK (channel IN ('COUNTER', 'BATCH', 'FAIR', 'KIOSK')),
    operator    text,
    batch_id    bigint,
    outcome     varchar(16)  NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('PENDING', 'INVITED', 'PLACED', 'DECLINED')),
    referred_at timestamptz  NOT NULL DEFAULT now(),
    outcome_at  timestamptz
);
CREATE INDEX referrals_person ON referrals (person_id, referred_at);
CREATE INDEX referrals_vacancy ON referrals (vacancy_id);

CREATE TABLE placements (
    id              bigserial    PRIMARY KEY,
    person_id       varchar(64)  NOT NULL REFERENCES persons (id),
    vacancy_id      varchar(64)  NOT NULL REFERENCES vacancies (id),
    placement_type  varchar(16)  NOT NULL CHECK (placement_type IN ('ENTERPRISE', 'WORKSHOP', 'WELFARE_POST', 'FLEXIBLE')),
    placed_on       date         NOT NULL,
    previous_status varchar(16)  NOT NULL,
    referral_id     bigint       REFERENCES referrals (id),
    channel         varchar(16)  NOT NULL DEFAULT 'COUNTER' CHECK (channel IN ('COUNTER', 'BATCH', 'FAIR', 'KIOSK')),
    operator        text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT placements_once_per_vacancy UNIQUE (person_id, vacancy_id)
);
CREATE INDEX placements_vacancy ON placements (vacancy_id);

-- Transactional outbox: every committed change of an indexed row is queued for Elasticsearch in the
-- same transaction, so a crash between commit and index write loses nothing.
CREATE TABLE index_outbox (
    id         bigserial    PRIMARY KEY,
    entity     varchar(16)  NOT NULL CHECK (entity IN ('VACANCY', 'PERSON')),
    entity_id  varchar(64)  NOT NULL,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);

-- Row versions order index writes (Elasticsearch external versioning). One sequence for all rows keeps
-- them growing even across a delete and re-insert of the same id.
CREATE SEQUENCE ledger_version;

CREATE FUNCTION ledger_row_versioned() RETURNS trigger AS $$
BEGIN
    NEW.version := nextval('ledger_version');
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION ledger_row_changed() RETURNS trigger AS $$
BEGIN
    -- A deletion outranks every version the row had, so it also wins against late writes.
    IF TG_OP = 'DELETE' THEN
        INSERT INTO index_outbox (entity, entity_id, version) VALUES (TG_ARGV[0], OLD.id, nextval('ledger_version'));
    ELSE
        INSERT INTO index_outbox (entity, entity_id, version) VALUES (TG_ARGV[0], NEW.id, NEW.version);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER vacancies_versioned BEFORE INSERT OR UPDATE ON vacancies
    FOR EACH ROW EXECUTE FUNCTION ledger_row_versioned();
CREATE TRIGGER persons_versioned BEFORE INSERT OR UPDATE ON persons
    FOR EACH ROW EXECUTE FUNCTION ledger_row_versioned();
CREATE TRIGGER vacancies_outbox AFTER INSERT OR UPDATE OR DELETE ON vacancies
    FOR EACH ROW EXECUTE FUNCTION ledger_row_changed('VACANCY');
CREATE TRIGGER persons_outbox AFTER INSERT OR UPDATE OR DELETE ON persons
    FOR EACH ROW EXECUTE FUNCTION ledger_row_changed('PERSON');
