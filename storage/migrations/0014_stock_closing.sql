-- 0014: month-end closing balances (月末结存) per batch, kept with the movements, so a month's
-- 进销存 reads the closings of the month before and that month's movements only: the same cost for
-- the first and the tenth year of a store (issue 12).
--
-- Derived state, like stock_balance: written only by the movement trigger below, in the
-- transaction of the movement; not sealed (the seals cover the movements it is derived from).
-- `pharmapos verify` (checkClosings) recomputes every closing from the movements, and the ledger's
-- 核对 column compares its computed closings with these.

-- The months (yyyymm) in which at least one movement was posted. Every such month has a full set
-- of closings; a month that is not here had no movement, so its closing is that of the latest
-- month before it that is.
CREATE TABLE stock_period (
    month INTEGER PRIMARY KEY
);

-- Closing balance of a batch at the end of a month of stock_period, in pieces: one row for every
-- batch that ended the month with stock or moved in it (a batch without a row ended it at 0).
-- No CHECK (pieces >= 0): a movement back-dated into an earlier month shows there as it happened.
-- No foreign key either: the month's first movement copies every closing forward, and checking
-- 100,000 batch ids then would cost that first sale of the month for nothing (verify checks).
CREATE TABLE stock_closing (
    month    INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    pieces   INTEGER NOT NULL,
    PRIMARY KEY (month, batch_id)
) WITHOUT ROWID;

-- An existing store: its whole history at once, set-based (one pass over the movements in rowid
-- order, sorted by batch and month; then each batch's running sum spread over the months until it
-- moves again). About a minute for 10,000,000 movements (see README, bench_ledger).
CREATE TEMP TABLE closing_delta AS
    SELECT batch_id, CAST(substr(at, 1, 4) || substr(at, 6, 2) AS INTEGER) AS month,
           SUM(pieces) AS pieces
    FROM stock_movement NOT INDEXED
    GROUP BY 1, 2;
INSERT INTO stock_period (month) SELECT DISTINCT month FROM closing_delta ORDER BY month;
INSERT INTO stock_closing (month, batch_id, pieces)
    SELECT p.month, d.batch_id, d.closing
    FROM (SELECT batch_id, month,
                 SUM(pieces) OVER (PARTITION BY batch_id ORDER BY month) AS closing,
                 LEAD(month) OVER (PARTITION BY batch_id ORDER BY month) AS next
          FROM closing_delta) d
    JOIN stock_period p ON p.month >= d.month AND (d.next IS NULL OR p.month < d.next)
    WHERE d.closing <> 0 OR p.month = d.month
    ORDER BY p.month, d.batch_id;
DROP TABLE closing_delta;

-- Every movement, in its own transaction: the first movement of a month (by its `at`) copies the
-- closings of the latest month before it that moved (its opening stock); then the movement is
-- added to its month's closing and to every later month's (a back-dated posting).
-- (The `at` text is 'yyyy-MM-dd HH:mm:ss.zzz'; its month is yyyymm.)
CREATE TRIGGER stock_movement_closing AFTER INSERT ON stock_movement
BEGIN
    INSERT INTO stock_closing (month, batch_id, pieces)
        SELECT p.month, c.batch_id, c.pieces
        FROM (SELECT CAST(substr(NEW.at, 1, 4) || substr(NEW.at, 6, 2) AS INTEGER) AS month) p
        JOIN stock_closing c
            ON c.month = (SELECT MAX(s.month) FROM stock_period s WHERE s.month < p.month)
        WHERE c.pieces <> 0
            AND NOT EXISTS (SELECT 1 FROM stock_period s WHERE s.month = p.month);
    INSERT OR IGNORE INTO stock_period (month)
        VALUES (CAST(substr(NEW.at, 1, 4) || substr(NEW.at, 6, 2) AS INTEGER));
    INSERT INTO stock_closing (month, batch_id, pieces)
        SELECT month, NEW.batch_id, NEW.pieces FROM stock_period
        WHERE month >= CAST(substr(NEW.at, 1, 4) || substr(NEW.at, 6, 2) AS INTEGER)
        ON CONFLICT (month, batch_id) DO UPDATE SET pieces = pieces + excluded.pieces;
END;
-- Closings change only through movements: a closing's pieces, never its month or batch; no row
-- ever goes away (as stock_balance).
CREATE TRIGGER stock_closing_keys BEFORE UPDATE OF month, batch_id ON stock_closing
BEGIN
    SELECT RAISE(ABORT, 'closings change only through movements');
END;
CREATE TRIGGER stock_closing_no_delete BEFORE DELETE ON stock_closing
BEGIN
    SELECT RAISE(ABORT, 'closings change only through movements');
END;
CREATE TRIGGER stock_period_no_change BEFORE UPDATE ON stock_period
BEGIN
    SELECT RAISE(ABORT, 'closings change only through movements');
END;
CREATE TRIGGER stock_period_no_delete BEFORE DELETE ON stock_period
BEGIN
    SELECT RAISE(ABORT, 'closings change only through movements');
END;
