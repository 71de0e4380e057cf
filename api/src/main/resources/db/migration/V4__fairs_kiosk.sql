-- Job fairs (招聘会): a named set of vacancies, and the invitations made there.
-- The kiosk keeps nothing of its own: its sessions and throttles live in memory, its interests are referrals.

CREATE TABLE fairs (
    id         bigserial    PRIMARY KEY,
    name       text         NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    held_on    date,
    venue      text         CHECK (length(venue) <= 200),
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE fair_vacancies (
    fair_id    bigint       NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
    vacancy_id varchar(64)  NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
    PRIMARY KEY (fair_id, vacancy_id)
);
CREATE INDEX fair_vacancies_vacancy ON fair_vacancies (vacancy_id);

-- An invitation is a referral (channel FAIR, outcome INVITED); this row ties it to the fair, once per person and vacancy.
CREATE TABLE fair_invitations (
    fair_id     bigint       NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
    person_id   varchar(64)  NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    vacancy_id  varchar(64)  NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
    referral_id bigint       NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    PRIMARY KEY (fair_id, person_id, vacancy_id)
);
