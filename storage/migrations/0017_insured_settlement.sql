-- 0017 (issue 17, SETTLE-ONCE): insured settlements and every platform call they made.
-- A call's msgid is stored (state 'sent') before it is sent; the 2102 answer that settles is
-- written with the sale in the sale's own transaction. Personal data (the insured person, the
-- requests and answers) is in the *_enc blobs only (AES-256-GCM, bound to the row's key);
-- the plain columns carry what queries need: numbers, states, amounts in fen, times.
CREATE TABLE insured_settlement (
    settlement_no TEXT    PRIMARY KEY,
    state         TEXT    NOT NULL,
    rx_no         TEXT    NOT NULL DEFAULT '',
    sale_no       TEXT    NOT NULL DEFAULT '',
    setl_id       TEXT    NOT NULL DEFAULT '',
    medfee_fen    INTEGER NOT NULL DEFAULT 0,
    fund_fen      INTEGER NOT NULL DEFAULT 0,
    acct_fen      INTEGER NOT NULL DEFAULT 0,
    cash_fen      INTEGER NOT NULL DEFAULT 0,
    settled_at    TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    record_enc    BLOB    NOT NULL
);
CREATE INDEX insured_settlement_by_state ON insured_settlement (state);
CREATE INDEX insured_settlement_by_rx ON insured_settlement (rx_no);
CREATE INDEX insured_settlement_by_sale ON insured_settlement (sale_no);
CREATE INDEX insured_settlement_by_time ON insured_settlement (settled_at);

CREATE TABLE platform_call (
    msgid         TEXT    PRIMARY KEY,
    infno         TEXT    NOT NULL,
    settlement_no TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    infcode       INTEGER NOT NULL DEFAULT -1,
    sent_at       TEXT    NOT NULL,
    answered_at   TEXT    NOT NULL DEFAULT '',
    input_enc     BLOB    NOT NULL,
    output_enc    BLOB,
    message_enc   BLOB
);
CREATE INDEX platform_call_by_settlement ON platform_call (settlement_no, sent_at);
CREATE INDEX platform_call_open ON platform_call (state, infno);

-- The settlement's evidence until the archive seals it (SETTLE-SLIP): the patient's signature
-- (image and strokes) and the slip as printed, encrypted and bound to settlement and kind.
CREATE TABLE settlement_document (
    settlement_no TEXT NOT NULL REFERENCES insured_settlement (settlement_no),
    kind          TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    content_enc   BLOB NOT NULL,
    PRIMARY KEY (settlement_no, kind)
);
