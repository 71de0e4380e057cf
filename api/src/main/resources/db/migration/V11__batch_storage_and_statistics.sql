-- A chunk's options and allocation (binary doubles and ids, about 1 MB per 2,000 persons) are written once and read
-- once or twice: kept out of line but not compressed, which cost more time than it saved (pglz on every write
-- and read).
ALTER TABLE batch_chunks ALTER COLUMN options SET STORAGE EXTERNAL;
ALTER TABLE batch_chunks ALTER COLUMN allocation SET STORAGE EXTERNAL;

-- A run analyses its progress rows when it starts (BatchStore.create). Its queries find rows by batch, chunk and
-- state, which coarse statistics serve as well as fine ones: ten per column (a sample of 3,000 rows, not 30,000),
-- none of the result lines.
ALTER TABLE batch_persons ALTER COLUMN batch_id SET STATISTICS 10, ALTER COLUMN person_id SET STATISTICS 10,
    ALTER COLUMN state SET STATISTICS 10, ALTER COLUMN result SET STATISTICS 0,
    ALTER COLUMN score_given_up SET STATISTICS 10, ALTER COLUMN cap_relaxed SET STATISTICS 10,
    ALTER COLUMN finished_at SET STATISTICS 10, ALTER COLUMN chunk SET STATISTICS 10;
