-- 0025 (issue 19, tenders): how each sale was paid, tender by tender (cash, 微信, 支付宝, bank
-- card, the insurance, 抹零), and the store's own record of every wallet order (付款码支付),
-- written before the provider hears of it.
CREATE TABLE sale_tender (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER NOT NULL REFERENCES sale (id),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    kind       TEXT    NOT NULL
               CHECK (kind IN ('cash', 'wechat', 'alipay', 'card', 'insurance', 'rounding')),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    reference  TEXT    NOT NULL DEFAULT '',
    UNIQUE (sale_id, seq)
);
-- A wallet order pays one sale once.
CREATE UNIQUE INDEX sale_tender_wallet_once ON sale_tender (reference)
    WHERE kind IN ('wechat', 'alipay');
CREATE TRIGGER sale_tender_no_update BEFORE UPDATE ON sale_tender
BEGIN
    SELECT RAISE(ABORT, 'sale_tender rows are append-only');
END;
CREATE TRIGGER sale_tender_no_delete BEFORE DELETE ON sale_tender
BEGIN
    SELECT RAISE(ABORT, 'sale_tender rows are append-only');
END;
-- Every sale recorded before tenders were paid by one tender: its method, its whole total.
INSERT INTO sale_tender (sale_id, seq, kind, amount_fen, reference)
    SELECT id, 1, payment_method, total_fen, '' FROM sale WHERE total_fen > 0 ORDER BY id;

CREATE TABLE payment_order (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    order_no       TEXT    NOT NULL UNIQUE,
    terminal       TEXT    NOT NULL,
    wallet         TEXT    NOT NULL CHECK (wallet IN ('wechat', 'alipay')),
    amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
    state          TEXT    NOT NULL CHECK (state IN ('created', 'unknown', 'paid', 'declined',
                                                     'not_paid', 'reversing', 'reversed',
                                                     'settled')),
    transaction_id TEXT    NOT NULL DEFAULT '',
    reason         TEXT    NOT NULL DEFAULT '',
    sale_no        TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
-- What a start resolves: the orders the store does not know the end of, per till.
CREATE INDEX payment_order_open ON payment_order (terminal, state)
    WHERE state IN ('created', 'unknown', 'reversing', 'paid');
