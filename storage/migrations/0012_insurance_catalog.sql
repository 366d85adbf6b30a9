-- 0012: the insurance catalogue (医保目录) as downloaded from the platform: list entries (1312:
-- one row per code and validity period) and payment standards (1318: 支付标准 / 限价), for
-- SETTLE-LIST-ONLY and PRICE-CEILING, and when it was downloaded (its date is shown).

CREATE TABLE insurance_catalog (
    hilist_code TEXT    NOT NULL,
    hilist_name TEXT    NOT NULL,
    begndate    TEXT    NOT NULL,
    enddate     TEXT    NOT NULL,
    valid       INTEGER NOT NULL,
    chrgitm_lv  TEXT    NOT NULL,
    list_type   TEXT    NOT NULL,
    updt_time   TEXT    NOT NULL,
    PRIMARY KEY (hilist_code, begndate)
);

CREATE TABLE insurance_payment_standard (
    hilist_code TEXT    NOT NULL,
    begndate    TEXT    NOT NULL,
    enddate     TEXT    NOT NULL,
    limit_fen   INTEGER NOT NULL CHECK (limit_fen >= 0),
    limit_type  TEXT    NOT NULL,
    valid       INTEGER NOT NULL,
    updt_time   TEXT    NOT NULL,
    PRIMARY KEY (hilist_code, begndate)
);

-- downloaded_at, version (the latest updt_time downloaded: the next download asks from there)
CREATE TABLE insurance_catalog_meta (
    k TEXT PRIMARY KEY,
    v TEXT NOT NULL
);
