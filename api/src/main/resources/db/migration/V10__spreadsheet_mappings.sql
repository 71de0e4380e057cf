-- Spreadsheet imports: the column headers staff mapped once, remembered for their office (a township, or an
-- account of county staff), and the numbers given to persons imported from sheets without a ledger number.
CREATE TABLE spreadsheet_mappings (
    office      varchar(200) NOT NULL,  -- 'township:<name>' or 'user:<username>'
    kind        varchar(32)  NOT NULL,  -- persons, vacancies
    header      varchar(200) NOT NULL,  -- the header as normalised for matching
    field       varchar(64)  NOT NULL,  -- a field key, or '' for a column to ignore
    updated_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (office, kind, header)
);

CREATE SEQUENCE person_sheet_keys;
