-- 0024 (issue 19, 交班/日结): a cashier's shift at a till, opened with the float counted in and
-- closed with the drawer counted out by denomination. Its takings are read from the recorded sales
-- and returns of the till in its span (indexed below), and kept as they were at the close beside
-- the count, so the 交班单 can be printed again as it was. One shift is open per till.
CREATE TABLE shift (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_no      TEXT    NOT NULL UNIQUE,
    terminal      TEXT    NOT NULL,
    cashier       TEXT    NOT NULL,
    cashier_name  TEXT    NOT NULL,
    opened_at     TEXT    NOT NULL,
    float_fen     INTEGER NOT NULL CHECK (float_fen >= 0),
    closed_at     TEXT,
    closed_by     TEXT,
    counted_fen   INTEGER,
    counted       TEXT,
    totals        TEXT
);
CREATE UNIQUE INDEX shift_open_per_till ON shift (terminal) WHERE closed_at IS NULL;
CREATE INDEX shift_by_day ON shift (opened_at);
-- A till's sales in a span of time (a shift's 2,000 sales among years of them), the day's sales
-- (日结: which tills sold; the sale lookup by time), and returns by time.
CREATE INDEX sale_by_till_time ON sale (terminal, sold_at);
CREATE INDEX sale_by_time ON sale (sold_at);
CREATE INDEX sale_return_by_time ON sale_return (returned_at);
