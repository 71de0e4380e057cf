-- Accounts, the audit of personal data, and failed-attempt limits that survive a restart.

CREATE TABLE users (
    username      varchar(64)  PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._-]{2,64}$'),
    password_hash text         NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('ADMIN', 'COUNTY_STAFF', 'TOWNSHIP_STAFF', 'FAIR_OPERATOR', 'KIOSK')),
    -- Township staff see only their township; a kiosk device may be placed in one (its default for browsing).
    township      text,
    display_name  text         CHECK (length(display_name) <= 100),
    enabled       boolean      NOT NULL DEFAULT true,
    created_by    varchar(64),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT users_township_staff_has_township CHECK (role <> 'TOWNSHIP_STAFF' OR township IS NOT NULL)
);

-- Every read of a person's unmasked data, every person record opened and every export with names.
-- Append-only: the triggers below refuse to change or remove what was written.
CREATE TABLE audit_log (
    id         bigserial    PRIMARY KEY,
    at         timestamptz  NOT NULL DEFAULT now(),
    actor      varchar(64)  NOT NULL,
    role       varchar(16)  NOT NULL,
    action     varchar(16)  NOT NULL CHECK (action IN ('OPEN', 'REVEAL', 'EXPORT', 'KIOSK_IDENTIFY')),
    person_ids text[]       NOT NULL DEFAULT '{}',
    fields     text[]       NOT NULL DEFAULT '{}',
    purpose    text         CHECK (length(purpose) <= 500),
    subject    text         CHECK (length(subject) <= 200)
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE INDEX audit_log_persons ON audit_log USING gin (person_ids);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Failed identifications and logins per key (an identity's hash, a device, a user name, the whole service).
CREATE TABLE attempt_failures (
    key          varchar(200) PRIMARY KEY,
    failures     integer      NOT NULL CHECK (failures >= 0),
    last_failure timestamptz  NOT NULL,
    locked_until timestamptz  NOT NULL
);

-- Keys the service signs with (e.g. the kiosk devices' remember-me cookies), shared by every instance.
CREATE TABLE service_secrets (
    name       varchar(64)  PRIMARY KEY,
    value      text         NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
