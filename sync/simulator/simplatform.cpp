#include "sync/simulator/simplatform.h"

#include "app/core/money.h"
#include "app/core/ports/clock.h"
#include "app/core/upload/platformrecords.h"
#include "sync/simulatedprescriptions.h"

#include <QAtomicInt>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace pos::sim {

namespace {

QAtomicInt g_connection;
const QString kTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");

SimAnswer refuse(const QString& why)
{
    return SimAnswer{-1, why, {}};
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// "12.34" or 12.34 as fen; nullopt when it is not money.
std::optional<qint64> fen(const QJsonValue& v)
{
    if (v.isDouble())
        return static_cast<qint64>(std::llround(v.toDouble() * 100));
    const std::optional<Money> m = Money::parse(v.toString());
    if (!m)
        return std::nullopt;
    return m->fen();
}

QString yuan(qint64 fenValue)
{
    return Money::fromFen(fenValue).toString();
}

/// Exec with positional bindings; false when it failed.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        // Every column is NOT NULL: a null QString binds as "", as storage/ does.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    return q.exec();
}

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS txn (msgid TEXT PRIMARY KEY, infno TEXT NOT NULL, "
    "received_at TEXT NOT NULL, times INTEGER NOT NULL DEFAULT 1, infcode INTEGER NOT NULL, "
    "err_msg TEXT NOT NULL, output TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sign_in (sign_no TEXT PRIMARY KEY, opter_no TEXT NOT NULL, "
    "signed_at TEXT NOT NULL, expires_at TEXT NOT NULL, active INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS record (id INTEGER PRIMARY KEY, infno TEXT NOT NULL, "
    "data_type INTEGER NOT NULL, bchno TEXT NOT NULL, hilist_id TEXT NOT NULL, "
    "med_list_codg TEXT NOT NULL, biz_time TEXT NOT NULL, payload TEXT NOT NULL, "
    "msgid TEXT NOT NULL, received_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS record_bchno ON record (bchno)",
    "CREATE INDEX IF NOT EXISTS record_type_time ON record (data_type, biz_time)",
    "CREATE TABLE IF NOT EXISTS sold_code (code TEXT PRIMARY KEY, record_id INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS person (psn_no TEXT PRIMARY KEY, certno TEXT NOT NULL UNIQUE, "
    "psn_name TEXT NOT NULL, gend TEXT NOT NULL, brdy TEXT NOT NULL, insutype TEXT NOT NULL, "
    "psn_type TEXT NOT NULL, insuplc_admdvs TEXT NOT NULL, balc_fen INTEGER NOT NULL, "
    "card_sn TEXT NOT NULL, ec_token TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS setl (setl_id TEXT PRIMARY KEY, mdtrt_id TEXT NOT NULL, "
    "psn_no TEXT NOT NULL, msgid TEXT NOT NULL UNIQUE, medfee_fen INTEGER NOT NULL, "
    "fund_fen INTEGER NOT NULL, acct_fen INTEGER NOT NULL, cash_fen INTEGER NOT NULL, "
    "setl_time TEXT NOT NULL, state INTEGER NOT NULL, rxno TEXT NOT NULL, detail TEXT NOT NULL, "
    "insutype TEXT NOT NULL, reversal_msgid TEXT NOT NULL DEFAULT '', "
    "reversal_setl_id TEXT NOT NULL DEFAULT '', changed_at TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS rx_event (id INTEGER PRIMARY KEY, hi_rxno TEXT NOT NULL, "
    "infno TEXT NOT NULL, biz_sn TEXT NOT NULL, payload TEXT NOT NULL, msgid TEXT NOT NULL, "
    "at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS catalog (hilist_code TEXT NOT NULL, hilist_name TEXT NOT NULL, "
    "begndate TEXT NOT NULL, enddate TEXT NOT NULL, vali_flag TEXT NOT NULL, "
    "chrgitm_lv TEXT NOT NULL, list_type TEXT NOT NULL, updt_time TEXT NOT NULL, "
    "PRIMARY KEY (hilist_code, begndate))",
    "CREATE TABLE IF NOT EXISTS price_limit (hilist_code TEXT NOT NULL, begndate TEXT NOT NULL, "
    "enddate TEXT NOT NULL, uplmt_fen INTEGER NOT NULL, lmtpric_type TEXT NOT NULL, "
    "updt_time TEXT NOT NULL, PRIMARY KEY (hilist_code, begndate))",
    "CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v TEXT NOT NULL)",
};

} // namespace

SimPlatform::SimPlatform(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

SimPlatform::~SimPlatform()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<SimPlatform>> SimPlatform::open(const QString& path, const Clock& clock)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                  QStringLiteral("sim-%1").arg(g_connection.fetchAndAddRelaxed(1)));
    db.setDatabaseName(path);
    std::unique_ptr<SimPlatform> self(new SimPlatform(db, clock));
    if (!self->m_db.open())
        return makeError(ErrorCode::StorageFailure, QStringLiteral("模拟平台无法打开数据库 %1：%2")
                                                        .arg(path, self->m_db.lastError().text()));
    if (Status s = self->migrate(); !s)
        return s.error();
    if (Status s = self->seed(); !s)
        return s.error();
    return self;
}

Status SimPlatform::migrate()
{
    QSqlQuery q(m_db);
    // The simulator's durability is the process's, not the machine's: fast, and still atomic.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = OFF", "PRAGMA temp_store = MEMORY"})
        (void)q.exec(QString::fromLatin1(pragma));
    for (const char* statement : kSchema)
        if (!q.exec(QString::fromLatin1(statement)))
            return makeError(ErrorCode::StorageFailure,
                             QStringLiteral("模拟平台建表失败：%1").arg(q.lastError().text()));
    return {};
}

QString SimPlatform::kv(const QString& key) const
{
    QSqlQuery q(m_db);
    if (run(q, QStringLiteral("SELECT v FROM kv WHERE k = ?"), {key}) && q.next())
        return q.value(0).toString();
    return {};
}

void SimPlatform::setKv(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    (void)run(q,
              QStringLiteral("INSERT INTO kv (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE "
                             "SET v = excluded.v"),
              {key, value});
}

QString SimPlatform::nextSerial(const QString& name)
{
    const qint64 n = kv(QStringLiteral("serial.") + name).toLongLong() + 1;
    setKv(QStringLiteral("serial.") + name, QString::number(n));
    return QString::number(n).rightJustified(8, u'0');
}

QDateTime SimPlatform::prescriptionAnchor()
{
    // As the in-process simulator: issue times count back from the first download, and stay.
    QDateTime anchor = QDateTime::fromString(kv(QStringLiteral("rx.anchor")), Qt::ISODate);
    if (!anchor.isValid()) {
        anchor = m_clock.now();
        setKv(QStringLiteral("rx.anchor"), anchor.toString(Qt::ISODate));
    }
    return anchor;
}

Status SimPlatform::seed()
{
    if (kv(QStringLiteral("seeded")) == u"1")
        return {};
    if (!m_db.transaction())
        return makeError(ErrorCode::StorageFailure, QStringLiteral("模拟平台：无法开始事务"));
    QSqlQuery q(m_db);
    // The insured persons: the patients of the demo e-prescriptions, and two more. Employees
    // (310) have a personal account; residents (390) do not.
    struct Person
    {
        const char* certno;
        const char* name;
        const char* gender;
        const char* birth;
        const char* insutype;
    };
    const Person people[] = {
        {"360102198001011235", "赵六", "1", "1980-01-01", "310"},
        {"360102197505051234", "孙七", "1", "1975-05-05", "310"},
        {"360103196809091235", "周八", "1", "1968-09-09", "390"},
        {"360104195212121236", "吴九", "1", "1952-12-12", "390"},
        {"360105199003031237", "郑十", "1", "1990-03-03", "310"},
        {"360102198806062228", "钱丽", "2", "1988-06-06", "310"},
        {"360102196001018882", "李红", "2", "1960-01-01", "390"},
    };
    int n = 0;
    for (const Person& p : people) {
        const QString certno = QLatin1String(p.certno);
        const bool employee = QLatin1String(p.insutype) == u"310";
        if (!run(q, QStringLiteral("INSERT OR IGNORE INTO person VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                 {QStringLiteral("3601%1").arg(++n, 8, 10, QLatin1Char('0')), certno,
                  QString::fromUtf8(p.name), QLatin1String(p.gender), QLatin1String(p.birth),
                  QLatin1String(p.insutype), employee ? QStringLiteral("11") : QStringLiteral("21"),
                  QStringLiteral("360102"), employee ? 150000 : 0,
                  QString(QStringLiteral("CS") + certno.right(8)),
                  QString(QStringLiteral("EC") + certno)}))
            return makeError(ErrorCode::StorageFailure, q.lastError().text());
    }
    // The catalogue: every covered product of the demo catalog, listed from 2024 with its payment
    // standard; 头孢克肟分散片 was delisted on 2025-06-30 (SETTLE-LIST-ONLY by date).
    QFile tsv(QStringLiteral(":/sim/demo_catalog.tsv"));
    if (tsv.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = tsv.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = QString::fromUtf8(lines.at(i)).split(u'\t');
            if (f.size() < 18 || f.at(7).isEmpty())
                continue;
            const QString code = f.at(7);
            const QString category = f.at(8);
            const bool delisted = code == u"XJ01DDA003A006004004004";
            if (!run(q, QStringLiteral("INSERT OR IGNORE INTO catalog VALUES (?,?,?,?,?,?,?,?)"),
                     {code, f.at(1), QStringLiteral("2024-01-01"),
                      delisted ? QStringLiteral("2025-06-30") : QStringLiteral("2099-12-31"),
                      QStringLiteral("1"),
                      category == u"挂网" ? QStringLiteral("02") : QStringLiteral("01"),
                      f.at(12) == u"中药饮片" ? QStringLiteral("103") : QStringLiteral("101"),
                      QStringLiteral("2026-01-01 00:00:00")}))
                return makeError(ErrorCode::StorageFailure, q.lastError().text());
            const qint64 ceiling = f.at(17).toLongLong();
            if (ceiling > 0
                && !run(q, QStringLiteral("INSERT OR IGNORE INTO price_limit VALUES (?,?,?,?,?,?)"),
                        {code, QStringLiteral("2024-01-01"), QStringLiteral("2099-12-31"), ceiling,
                         category == u"国谈"
                             ? QStringLiteral("1")
                             : (category == u"集采" ? QStringLiteral("2") : QStringLiteral("3")),
                         QStringLiteral("2026-01-01 00:00:00")}))
                return makeError(ErrorCode::StorageFailure, q.lastError().text());
        }
    }
    setKv(QStringLiteral("seeded"), QStringLiteral("1"));
    if (!m_db.commit())
        return makeError(ErrorCode::StorageFailure, m_db.lastError().text());
    return {};
}

SimAnswer SimPlatform::process(const QString& msgid, const QString& infno,
                               const QJsonObject& envelope, const QJsonObject& input,
                               bool* duplicate)
{
    *duplicate = false;
    if (!m_db.transaction())
        return refuse(QStringLiteral("平台数据库忙"));
    QSqlQuery q(m_db);
    if (run(q, QStringLiteral("SELECT infno, infcode, err_msg, output FROM txn WHERE msgid = ?"),
            {msgid})
        && q.next()) {
        const QString seenInfno = q.value(0).toString();
        SimAnswer stored{q.value(1).toInt(), q.value(2).toString(), parse(q.value(3).toString())};
        q.finish();
        (void)run(q, QStringLiteral("UPDATE txn SET times = times + 1 WHERE msgid = ?"), {msgid});
        m_db.commit();
        if (seenInfno != infno)
            return refuse(QStringLiteral("报文ID %1 已被交易 %2 使用").arg(msgid, seenInfno));
        *duplicate = true;
        return stored;
    }
    q.finish();
    SimAnswer a = dispatch(msgid, infno, envelope, input);
    if (!run(q,
             QStringLiteral("INSERT INTO txn (msgid, infno, received_at, infcode, err_msg, output) "
                            "VALUES (?,?,?,?,?,?)"),
             {msgid, infno, m_clock.now().toString(kTime), a.infcode, a.errMsg, json(a.output)})) {
        m_db.rollback();
        return refuse(QStringLiteral("平台数据库写入失败：%1").arg(q.lastError().text()));
    }
    if (a.infcode != 0) {
        // A refusal changes nothing: whatever the handler wrote is undone, the answer is kept.
        m_db.rollback();
        if (!m_db.transaction())
            return a;
        QSqlQuery keep(m_db);
        (void)run(
            keep,
            QStringLiteral("INSERT INTO txn (msgid, infno, received_at, infcode, err_msg, "
                           "output) VALUES (?,?,?,?,?,?)"),
            {msgid, infno, m_clock.now().toString(kTime), a.infcode, a.errMsg, json(a.output)});
    }
    m_db.commit();
    return a;
}

SimAnswer SimPlatform::dispatch(const QString& msgid, const QString& infno,
                                const QJsonObject& envelope, const QJsonObject& input)
{
    const int code = infno.toInt();
    switch (code) {
    case 9001: return signIn(input);
    case 9002: return signOut(envelope, input);
    case 1101: return personInfo(input);
    case 2101: return settle(msgid, envelope, input, false);
    case 2102: return settle(msgid, envelope, input, true);
    case 2103: return reverseSettlement(msgid, input);
    case 2601: return undo(input);
    case 3201: return totals(input);
    case 3202: return details(input);
    case 3501:
    case 3502:
    case 3503:
    case 3504:
    case 3505:
    case 3506: return uploadRecord(msgid, infno, input);
    case 3507: return deleteRecords(input);
    case 3508: return queryStock(input);
    case 3509:
    case 3510:
    case 3511: return queryRecords(infno, input);
    case 3512:
    case 3513: return queryTraceCodes(infno, input);
    case 7201: return rxParse(input);
    case 7202: return rxQuery(input);
    case 7203: return rxDownload(input);
    case 7204:
    case 7207:
    case 7208: return rxUpload(msgid, infno, input);
    case 1312: return catalogue(input);
    case 1318: return priceLimits(input);
    }
    return refuse(QStringLiteral("交易 %1 不在本平台支持的范围内").arg(infno));
}

bool SimPlatform::signValid(const QString& signNo) const
{
    QSqlQuery q(m_db);
    return !signNo.isEmpty()
           && run(q,
                  QStringLiteral("SELECT 1 FROM sign_in WHERE sign_no = ? AND active = 1 AND "
                                 "expires_at > ?"),
                  {signNo, m_clock.now().toString(kTime)})
           && q.next();
}

void SimPlatform::expireSignIns()
{
    QSqlQuery q(m_db);
    (void)q.exec(QStringLiteral("UPDATE sign_in SET active = 0"));
}

SimAnswer SimPlatform::signIn(const QJsonObject& input)
{
    const QJsonObject in = input.value(QStringLiteral("signIn")).toObject();
    const QString opter = in.value(QStringLiteral("opter_no")).toString();
    if (opter.isEmpty())
        return refuse(QStringLiteral("签到缺少 opter_no"));
    const QDateTime now = m_clock.now();
    const QString signNo = QStringLiteral("SN") + now.toString(QStringLiteral("yyyyMMdd"))
                           + nextSerial(QStringLiteral("sign"));
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("INSERT INTO sign_in VALUES (?,?,?,?,1)"),
             {signNo, opter, now.toString(kTime), now.addSecs(m_signTtlSeconds).toString(kTime)}))
        return refuse(q.lastError().text());
    return SimAnswer{
        0,
        {},
        QJsonObject{{QStringLiteral("signinoutb"),
                     QJsonObject{{QStringLiteral("sign_no"), signNo},
                                 {QStringLiteral("sign_time"), now.toString(kTime)}}}}};
}

SimAnswer SimPlatform::signOut(const QJsonObject& envelope, const QJsonObject& input)
{
    QString signNo = input.value(QStringLiteral("signOut"))
                         .toObject()
                         .value(QStringLiteral("sign_no"))
                         .toString();
    if (signNo.isEmpty())
        signNo = envelope.value(QStringLiteral("sign_no")).toString();
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("UPDATE sign_in SET active = 0 WHERE sign_no = ? AND active = 1"),
             {signNo})
        || q.numRowsAffected() != 1)
        return refuse(QStringLiteral("签退失败：签到编号 %1 无效").arg(signNo));
    return SimAnswer{
        0,
        {},
        QJsonObject{{QStringLiteral("signoutoutb"),
                     QJsonObject{{QStringLiteral("sign_time"), m_clock.now().toString(kTime)}}}}};
}

namespace {
QJsonObject personJson(const QSqlQuery& q, const QDate& today)
{
    // psn_no, certno, psn_name, gend, brdy, insutype, psn_type, insuplc_admdvs, balc_fen
    const QDate birth = QDate::fromString(q.value(4).toString(), QStringLiteral("yyyy-MM-dd"));
    int age = today.year() - birth.year();
    if (today < birth.addYears(age))
        --age;
    return QJsonObject{
        {QStringLiteral("baseinfo"),
         QJsonObject{{QStringLiteral("psn_no"), q.value(0).toString()},
                     {QStringLiteral("psn_cert_type"), QStringLiteral("01")},
                     {QStringLiteral("certno"), q.value(1).toString()},
                     {QStringLiteral("psn_name"), q.value(2).toString()},
                     {QStringLiteral("gend"), q.value(3).toString()},
                     {QStringLiteral("brdy"), q.value(4).toString()},
                     {QStringLiteral("age"), age},
                     {QStringLiteral("naty"), QStringLiteral("01")}}},
        {QStringLiteral("insuinfo"),
         QJsonArray{QJsonObject{{QStringLiteral("balc"), yuan(q.value(8).toLongLong())},
                                {QStringLiteral("insutype"), q.value(5).toString()},
                                {QStringLiteral("psn_type"), q.value(6).toString()},
                                {QStringLiteral("psn_insu_stas"), QStringLiteral("1")},
                                {QStringLiteral("psn_insu_date"), QStringLiteral("2010-01-01")},
                                {QStringLiteral("insuplc_admdvs"), q.value(7).toString()}}}},
        {QStringLiteral("idetinfo"), QJsonArray()},
    };
}
} // namespace

SimAnswer SimPlatform::personInfo(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const QString type = d.value(QStringLiteral("mdtrt_cert_type")).toString();
    const QString no = d.value(QStringLiteral("mdtrt_cert_no")).toString();
    QString where;
    QVariantList binds;
    if (type == u"01") { // 医保电子凭证: the token
        where = QStringLiteral("ec_token = ?");
        binds = {no};
    } else if (type == u"02") { // ID number
        where = QStringLiteral("certno = ?");
        binds = {no.isEmpty() ? d.value(QStringLiteral("certno")).toString() : no};
    } else if (type == u"03") { // social-security card: the card's number and its serial
        where = QStringLiteral("certno = ? AND card_sn = ?");
        binds = {no, d.value(QStringLiteral("card_sn")).toString()};
    } else {
        return refuse(QStringLiteral("就诊凭证类型 %1 无效").arg(type));
    }
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT psn_no, certno, psn_name, gend, brdy, insutype, psn_type, "
                            "insuplc_admdvs, balc_fen FROM person WHERE ")
                 + where,
             binds)
        || !q.next())
        return refuse(QStringLiteral("未查询到参保人员信息"));
    return SimAnswer{0, {}, personJson(q, m_clock.now().date())};
}

SimAnswer SimPlatform::settle(const QString& msgid, const QJsonObject& envelope,
                              const QJsonObject& input, bool commit)
{
    Q_UNUSED(envelope)
    QJsonObject info = input.value(QStringLiteral("druginfo")).toObject();
    if (info.isEmpty())
        info = input.value(QStringLiteral("data")).toObject();
    QJsonArray lines = input.value(QStringLiteral("drugdetail")).toArray();
    if (lines.isEmpty())
        lines = info.value(QStringLiteral("drugdetail")).toArray();
    const QString psnNo = info.value(QStringLiteral("psn_no")).toString();
    QSqlQuery p(m_db);
    if (!run(p, QStringLiteral("SELECT insutype, balc_fen, psn_name FROM person WHERE psn_no = ?"),
             {psnNo})
        || !p.next())
        return refuse(QStringLiteral("人员编号 %1 不存在").arg(psnNo));
    const QString insutype = p.value(0).toString();
    const qint64 balance = p.value(1).toLongLong();
    const QString psnName = p.value(2).toString();
    p.finish();
    if (lines.isEmpty())
        return refuse(QStringLiteral("结算明细为空"));
    const std::optional<qint64> declared = fen(info.value(QStringLiteral("medfee_sumamt")));
    if (!declared)
        return refuse(QStringLiteral("医疗费总额 medfee_sumamt 无效"));
    const QDate day = m_clock.now().date();
    const int fundPercent = insutype == u"310" ? 70 : 50;
    qint64 total = 0;
    qint64 fund = 0;
    QStringList rxNos;
    QJsonArray cut;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        const QString code = l.value(QStringLiteral("med_list_codg")).toString();
        const std::optional<qint64> amount = fen(l.value(QStringLiteral("det_item_fee_sumamt")));
        const double cnt = l.value(QStringLiteral("cnt")).toVariant().toDouble();
        if (!amount || *amount < 0 || cnt <= 0)
            return refuse(QStringLiteral("明细 %1 的金额或数量无效")
                              .arg(l.value(QStringLiteral("feedetl_sn")).toString()));
        total += *amount;
        if (const QString rx = l.value(QStringLiteral("rxno")).toString();
            !rx.isEmpty() && !rxNos.contains(rx))
            rxNos << rx;
        // Only listed drugs valid today are covered, up to their payment standard.
        QSqlQuery c(m_db);
        qint64 eligible = 0;
        if (run(c,
                QStringLiteral("SELECT 1 FROM catalog WHERE hilist_code = ? AND vali_flag = '1' "
                               "AND begndate <= ? AND enddate >= ?"),
                {code, day.toString(Qt::ISODate), day.toString(Qt::ISODate)})
            && c.next()) {
            eligible = *amount;
            QSqlQuery lim(m_db);
            if (run(lim,
                    QStringLiteral("SELECT uplmt_fen FROM price_limit WHERE hilist_code = ? AND "
                                   "begndate <= ? AND enddate >= ?"),
                    {code, day.toString(Qt::ISODate), day.toString(Qt::ISODate)})
                && lim.next())
                eligible = qMin(eligible,
                                static_cast<qint64>(std::llround(lim.value(0).toLongLong() * cnt)));
        }
        const qint64 lineFund = Money::fromFen(eligible).ratio(fundPercent, 100).fen();
        fund += lineFund;
        cut.append(
            QJsonObject{{QStringLiteral("feedetl_sn"), l.value(QStringLiteral("feedetl_sn"))},
                        {QStringLiteral("det_item_fee_sumamt"), yuan(*amount)},
                        {QStringLiteral("inscp_amt"), yuan(eligible)},
                        {QStringLiteral("fulamt_ownpay_amt"), yuan(*amount - eligible)},
                        {QStringLiteral("fund_payamt"), yuan(lineFund)}});
    }
    if (total != *declared)
        return refuse(
            QStringLiteral("医疗费总额 %1 与明细合计 %2 不符").arg(yuan(*declared), yuan(total)));
    // RX-SINGLE on the platform's side: a prescription is settled once.
    for (const QString& rx : rxNos) {
        QSqlQuery s(m_db);
        if (run(s,
                QStringLiteral(
                    "SELECT setl_id FROM setl WHERE state = 1 AND (',' || rxno || ',') LIKE ?"),
                {QString(QStringLiteral("%,") + rx + QStringLiteral(",%"))})
            && s.next())
            return refuse(QStringLiteral("处方 %1 已于结算 %2 结算，不能重复结算")
                              .arg(rx, s.value(0).toString()));
    }
    const bool useAccount = info.value(QStringLiteral("acct_used_flag")).toString() == u"1";
    const qint64 rest = total - fund;
    const qint64 account = useAccount ? qMin(rest, balance) : 0;
    const qint64 cash = rest - account;
    const QDateTime now = m_clock.now();
    QString setlId;
    QString mdtrtId;
    if (commit) {
        setlId = QStringLiteral("ST") + nextSerial(QStringLiteral("setl"));
        mdtrtId = QStringLiteral("MD") + nextSerial(QStringLiteral("mdtrt"));
        QSqlQuery w(m_db);
        if (!run(w,
                 QStringLiteral("INSERT INTO setl (setl_id, mdtrt_id, psn_no, msgid, medfee_fen, "
                                "fund_fen, acct_fen, cash_fen, setl_time, state, rxno, detail, "
                                "insutype) VALUES (?,?,?,?,?,?,?,?,?,1,?,?,?)"),
                 {setlId, mdtrtId, psnNo, msgid, total, fund, account, cash, now.toString(kTime),
                  rxNos.join(u','),
                  QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)), insutype})
            || !run(w, QStringLiteral("UPDATE person SET balc_fen = balc_fen - ? WHERE psn_no = ?"),
                    {account, psnNo}))
            return refuse(w.lastError().text());
    }
    return SimAnswer{
        0,
        {},
        QJsonObject{
            {QStringLiteral("setlinfo"),
             QJsonObject{{QStringLiteral("setl_id"), setlId},
                         {QStringLiteral("mdtrt_id"), mdtrtId},
                         {QStringLiteral("psn_no"), psnNo},
                         {QStringLiteral("psn_name"), psnName},
                         {QStringLiteral("insutype"), insutype},
                         {QStringLiteral("med_type"), info.value(QStringLiteral("med_type"))},
                         {QStringLiteral("medfee_sumamt"), yuan(total)},
                         {QStringLiteral("fund_pay_sumamt"), yuan(fund)},
                         {QStringLiteral("hifp_pay"), yuan(fund)},
                         {QStringLiteral("acct_pay"), yuan(account)},
                         {QStringLiteral("psn_cash_pay"), yuan(cash)},
                         {QStringLiteral("balc"), yuan(balance - account)},
                         {QStringLiteral("setl_time"), now.toString(kTime)}}},
            {QStringLiteral("setldetail"),
             QJsonArray{QJsonObject{{QStringLiteral("fund_pay_type"), QStringLiteral("310100")},
                                    {QStringLiteral("fund_payamt"), yuan(fund)}}}},
            {QStringLiteral("detlcutinfo"), cut}}};
}

SimAnswer SimPlatform::reverseSettlement(const QString& msgid, const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const QString setlId = d.value(QStringLiteral("setl_id")).toString();
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT psn_no, medfee_fen, fund_fen, acct_fen, cash_fen, state, "
                            "mdtrt_id FROM setl WHERE setl_id = ?"),
             {setlId})
        || !q.next())
        return refuse(QStringLiteral("结算 %1 不存在").arg(setlId));
    const QString psnNo = q.value(0).toString();
    const qint64 medfee = q.value(1).toLongLong();
    const qint64 fund = q.value(2).toLongLong();
    const qint64 account = q.value(3).toLongLong();
    const qint64 cash = q.value(4).toLongLong();
    const int state = q.value(5).toInt();
    const QString mdtrtId = q.value(6).toString();
    q.finish();
    if (state == 2)
        return refuse(QStringLiteral("结算 %1 已退费").arg(setlId));
    if (state == 3)
        return refuse(QStringLiteral("结算 %1 已冲正").arg(setlId));
    if (!d.value(QStringLiteral("psn_no")).toString().isEmpty()
        && d.value(QStringLiteral("psn_no")).toString() != psnNo)
        return refuse(QStringLiteral("结算 %1 不属于人员 %2")
                          .arg(setlId, d.value(QStringLiteral("psn_no")).toString()));
    const QString reversalId = QStringLiteral("ST") + nextSerial(QStringLiteral("setl"));
    const QDateTime now = m_clock.now();
    if (!run(q,
             QStringLiteral("UPDATE setl SET state = 2, reversal_msgid = ?, reversal_setl_id = ?, "
                            "changed_at = ? WHERE setl_id = ?"),
             {msgid, reversalId, now.toString(kTime), setlId})
        || !run(q, QStringLiteral("UPDATE person SET balc_fen = balc_fen + ? WHERE psn_no = ?"),
                {account, psnNo}))
        return refuse(q.lastError().text());
    QSqlQuery b(m_db);
    qint64 balance = 0;
    if (run(b, QStringLiteral("SELECT balc_fen FROM person WHERE psn_no = ?"), {psnNo}) && b.next())
        balance = b.value(0).toLongLong();
    return SimAnswer{
        0,
        {},
        QJsonObject{{QStringLiteral("setlinfo"),
                     QJsonObject{{QStringLiteral("setl_id"), reversalId},
                                 {QStringLiteral("orig_setl_id"), setlId},
                                 {QStringLiteral("mdtrt_id"), mdtrtId},
                                 {QStringLiteral("psn_no"), psnNo},
                                 {QStringLiteral("medfee_sumamt"), yuan(-medfee)},
                                 {QStringLiteral("fund_pay_sumamt"), yuan(-fund)},
                                 {QStringLiteral("acct_pay"), yuan(-account)},
                                 {QStringLiteral("psn_cash_pay"), yuan(-cash)},
                                 {QStringLiteral("balc"), yuan(balance)},
                                 {QStringLiteral("setl_time"), now.toString(kTime)}}}}};
}

SimAnswer SimPlatform::undo(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const QString omsgid = d.value(QStringLiteral("omsgid")).toString();
    const QString oinfno = d.value(QStringLiteral("oinfno")).toString();
    auto result = [&](bool undone, const QString& memo) {
        return SimAnswer{
            0,
            {},
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("omsgid"), omsgid},
                                     {QStringLiteral("oinfno"), oinfno},
                                     {QStringLiteral("rever_rslt"),
                                      undone ? QStringLiteral("1") : QStringLiteral("0")},
                                     {QStringLiteral("memo"), memo}}}}};
    };
    if (oinfno != u"2102" && oinfno != u"2103")
        return refuse(QStringLiteral("冲正只适用于 2102、2103（原交易 %1）").arg(oinfno));
    QSqlQuery t(m_db);
    if (!run(t, QStringLiteral("SELECT infno, infcode FROM txn WHERE msgid = ?"), {omsgid})
        || !t.next()) {
        // Never received, so far: the msgid is voided, so that the original still on its way
        // (a killed till's last request) is refused when it arrives instead of settling after
        // the till was told nothing was settled.
        t.finish();
        if (!run(t,
                 QStringLiteral("INSERT INTO txn (msgid, infno, received_at, infcode, err_msg, "
                                "output) VALUES (?,?,?,?,?,?)"),
                 {omsgid, oinfno, m_clock.now().toString(kTime), -1,
                  QStringLiteral("报文 %1 已冲正作废").arg(omsgid), QStringLiteral("{}")}))
            return refuse(t.lastError().text());
        return result(false, QStringLiteral("原交易不存在：平台未处理，无需冲正"));
    }
    if (t.value(0).toString() != oinfno)
        return refuse(QStringLiteral("原报文 %1 是交易 %2，不是 %3")
                          .arg(omsgid, t.value(0).toString(), oinfno));
    if (t.value(1).toInt() != 0)
        return result(false, QStringLiteral("原交易已被平台拒绝，无需冲正"));
    t.finish();
    QSqlQuery q(m_db);
    const QDateTime now = m_clock.now();
    if (oinfno == u"2102") {
        if (!run(
                q,
                QStringLiteral("SELECT setl_id, psn_no, acct_fen, state FROM setl WHERE msgid = ?"),
                {omsgid})
            || !q.next())
            return result(false, QStringLiteral("原交易未产生结算"));
        const QString setlId = q.value(0).toString();
        const QString psnNo = q.value(1).toString();
        const qint64 account = q.value(2).toLongLong();
        const int state = q.value(3).toInt();
        q.finish();
        if (state == 3)
            return result(true, QStringLiteral("结算 %1 已冲正").arg(setlId));
        if (state == 2)
            return refuse(QStringLiteral("结算 %1 已退费，不能冲正").arg(setlId));
        if (!run(q, QStringLiteral("UPDATE setl SET state = 3, changed_at = ? WHERE setl_id = ?"),
                 {now.toString(kTime), setlId})
            || !run(q, QStringLiteral("UPDATE person SET balc_fen = balc_fen + ? WHERE psn_no = ?"),
                    {account, psnNo}))
            return refuse(q.lastError().text());
        return result(true, QStringLiteral("结算 %1 已冲正").arg(setlId));
    }
    if (!run(
            q,
            QStringLiteral(
                "SELECT setl_id, psn_no, acct_fen FROM setl WHERE reversal_msgid = ? AND state = 2"),
            {omsgid})
        || !q.next())
        return result(false, QStringLiteral("原退费未生效或已冲正"));
    const QString setlId = q.value(0).toString();
    const QString psnNo = q.value(1).toString();
    const qint64 account = q.value(2).toLongLong();
    q.finish();
    if (!run(
            q,
            QStringLiteral("UPDATE setl SET state = 1, reversal_msgid = '', reversal_setl_id = '', "
                           "changed_at = ? WHERE setl_id = ?"),
            {now.toString(kTime), setlId})
        || !run(q, QStringLiteral("UPDATE person SET balc_fen = balc_fen - ? WHERE psn_no = ?"),
                {account, psnNo}))
        return refuse(q.lastError().text());
    return result(true, QStringLiteral("退费已冲正，结算 %1 恢复").arg(setlId));
}

namespace {
/// [from, to] of a statement as "yyyy-MM-dd HH:mm:ss" bounds.
std::pair<QString, QString> period(const QJsonObject& d)
{
    QString from = d.value(QStringLiteral("stmt_begndate")).toString();
    QString to = d.value(QStringLiteral("stmt_enddate")).toString();
    if (from.size() == 10)
        from += QStringLiteral(" 00:00:00");
    if (to.size() == 10)
        to += QStringLiteral(" 23:59:59");
    return {from, to};
}
} // namespace

SimAnswer SimPlatform::totals(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const auto [from, to] = period(d);
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT COUNT(*), COALESCE(SUM(medfee_fen),0), COALESCE(SUM(fund_fen),0), "
                 "COALESCE(SUM(acct_fen),0), COALESCE(SUM(cash_fen),0) FROM setl "
                 "WHERE state = 1 AND setl_time BETWEEN ? AND ?"),
             {from, to})
        || !q.next())
        return refuse(q.lastError().text());
    const qint64 count = q.value(0).toLongLong();
    const qint64 medfee = q.value(1).toLongLong();
    const qint64 fund = q.value(2).toLongLong();
    const qint64 account = q.value(3).toLongLong();
    const qint64 cash = q.value(4).toLongLong();
    const bool equal =
        fen(d.value(QStringLiteral("medfee_sumamt"))) == medfee
        && fen(d.value(QStringLiteral("fund_pay_sumamt"))) == fund
        && fen(d.value(QStringLiteral("acct_pay"))) == account
        && d.value(QStringLiteral("fixmedins_setl_cnt")).toVariant().toLongLong() == count;
    return SimAnswer{
        0,
        {},
        QJsonObject{{QStringLiteral("stmtinfo"),
                     QJsonObject{{QStringLiteral("setl_optins"), QStringLiteral("360102")},
                                 {QStringLiteral("stmt_rslt"),
                                  equal ? QStringLiteral("0") : QStringLiteral("1")},
                                 {QStringLiteral("stmt_rslt_dscr"),
                                  equal ? QStringLiteral("平") : QStringLiteral("不平")},
                                 {QStringLiteral("medfee_sumamt"), yuan(medfee)},
                                 {QStringLiteral("fund_pay_sumamt"), yuan(fund)},
                                 {QStringLiteral("acct_pay"), yuan(account)},
                                 {QStringLiteral("psn_cash_pay"), yuan(cash)},
                                 {QStringLiteral("fixmedins_setl_cnt"), QString::number(count)}}}}};
}

SimAnswer SimPlatform::details(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const auto [from, to] = period(d);
    QHash<QString, QJsonObject> store;
    for (const QJsonValue& v : d.value(QStringLiteral("detail")).toArray())
        store.insert(v.toObject().value(QStringLiteral("setl_id")).toString(), v.toObject());
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT setl_id, medfee_fen, fund_fen, acct_fen, cash_fen, setl_time, "
                 "psn_no, mdtrt_id FROM setl WHERE state = 1 AND setl_time BETWEEN ? AND ? "
                 "ORDER BY setl_time, setl_id"),
             {from, to}))
        return refuse(q.lastError().text());
    QJsonArray out;
    bool allEqual = true;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QJsonObject row{{QStringLiteral("setl_id"), id},
                        {QStringLiteral("mdtrt_id"), q.value(7).toString()},
                        {QStringLiteral("psn_no"), q.value(6).toString()},
                        {QStringLiteral("medfee_sumamt"), yuan(q.value(1).toLongLong())},
                        {QStringLiteral("fund_pay_sumamt"), yuan(q.value(2).toLongLong())},
                        {QStringLiteral("acct_pay"), yuan(q.value(3).toLongLong())},
                        {QStringLiteral("psn_cash_pay"), yuan(q.value(4).toLongLong())},
                        {QStringLiteral("setl_time"), q.value(5).toString()}};
        QString result = QStringLiteral("2"); // the platform only
        if (store.contains(id)) {
            const QJsonObject s = store.take(id);
            const bool same =
                fen(s.value(QStringLiteral("medfee_sumamt"))) == q.value(1).toLongLong()
                && fen(s.value(QStringLiteral("fund_pay_sumamt"))) == q.value(2).toLongLong()
                && fen(s.value(QStringLiteral("acct_pay"))) == q.value(3).toLongLong();
            result = same ? QStringLiteral("0") : QStringLiteral("1");
        }
        allEqual = allEqual && result == u"0";
        row.insert(QStringLiteral("stmt_rslt"), result);
        out.append(row);
    }
    for (auto it = store.cbegin(); it != store.cend(); ++it) { // the store only
        QJsonObject row = it.value();
        row.insert(QStringLiteral("stmt_rslt"), QStringLiteral("3"));
        out.append(row);
        allEqual = false;
    }
    return SimAnswer{0,
                     {},
                     QJsonObject{{QStringLiteral("stmt_rslt"),
                                  allEqual ? QStringLiteral("0") : QStringLiteral("1")},
                                 {QStringLiteral("detail"), out}}};
}

SimAnswer SimPlatform::uploadRecord(const QString& msgid, const QString& infno,
                                    const QJsonObject& input)
{
    const upload::RecordSpec* spec = upload::recordSpec(infno);
    const QJsonObject node = upload::recordNode(infno, input);
    if (!input.value(QLatin1String(spec->node)).isObject())
        return refuse(QStringLiteral("%1 缺少节点 %2").arg(infno, QLatin1String(spec->node)));
    const QString bchno = node.value(QStringLiteral("fixmedins_bchno")).toString();
    const QString hilistId = node.value(QStringLiteral("fixmedins_hilist_id")).toString();
    if (bchno.isEmpty())
        return refuse(QStringLiteral("%1 缺少定点医药机构批次流水号 fixmedins_bchno").arg(infno));
    if (hilistId.isEmpty())
        return refuse(QStringLiteral("%1 缺少医药机构目录编码 fixmedins_hilist_id").arg(infno));
    const QJsonValue countValue = node.value(QLatin1String(spec->countField));
    bool countOk = false;
    const double count =
        countValue.isDouble() ? countValue.toDouble() : countValue.toString().toDouble(&countOk);
    if ((!countValue.isDouble() && !countOk) || count < 0 || (infno != u"3501" && count <= 0))
        return refuse(
            QStringLiteral("%1 的数量 %2 无效").arg(infno, countValue.toVariant().toString()));
    const QDateTime at = upload::businessTime(infno, input);
    if (!at.isValid())
        return refuse(QStringLiteral("%1 的时间 %2 无效")
                          .arg(infno, node.value(QLatin1String(spec->timeField)).toString()));
    if (infno == u"3502" && node.value(QStringLiteral("inv_chg_type")).toString().isEmpty())
        return refuse(QStringLiteral("3502 缺少库存变更类型 inv_chg_type"));
    static const QRegularExpression traceShape(QStringLiteral("^8\\d{19}$"));
    const QStringList codes = upload::traceCodes(infno, input);
    for (const QString& c : codes)
        if (!traceShape.match(c).hasMatch())
            return refuse(QStringLiteral("追溯码 %1 格式不符（20 位数字，以 8 开头）").arg(c));
    QSqlQuery q(m_db);
    if (infno == u"3505") {
        for (const QString& c : codes)
            if (run(q, QStringLiteral("SELECT record_id FROM sold_code WHERE code = ?"), {c})
                && q.next())
                return refuse(QStringLiteral("追溯码 %1 已销售，不能重复上传销售").arg(c));
    }
    if (!run(
            q,
            QStringLiteral("INSERT INTO record (infno, data_type, bchno, hilist_id, med_list_codg, "
                           "biz_time, payload, msgid, received_at) VALUES (?,?,?,?,?,?,?,?,?)"),
            {infno, spec->dataType, bchno, hilistId,
             node.value(QStringLiteral("med_list_codg")).toString(), at.toString(kTime),
             json(input), msgid, m_clock.now().toString(kTime)}))
        return refuse(q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QString& c : codes) {
        if (infno == u"3505")
            (void)run(q, QStringLiteral("INSERT OR REPLACE INTO sold_code VALUES (?, ?)"), {c, id});
        else if (infno == u"3506")
            (void)run(q, QStringLiteral("DELETE FROM sold_code WHERE code = ?"), {c});
    }
    return SimAnswer{0,
                     {},
                     QJsonObject{{QStringLiteral("retRslt"), QStringLiteral("1")},
                                 {QStringLiteral("msgRslt"), QStringLiteral("上传成功")},
                                 {QStringLiteral("fixmedins_bchno"), bchno}}};
}

void SimPlatform::forgetTraceCodes(qint64 recordId, const QString& infno, const QJsonObject& input)
{
    if (infno != u"3505")
        return;
    QSqlQuery q(m_db);
    for (const QString& c : upload::traceCodes(infno, input))
        (void)run(q, QStringLiteral("DELETE FROM sold_code WHERE code = ? AND record_id = ?"),
                  {c, recordId});
}

SimAnswer SimPlatform::deleteRecords(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const QString bchno = d.value(QStringLiteral("fixmedins_bchno")).toString();
    const int type = d.value(QStringLiteral("inv_data_type")).toVariant().toInt();
    if (bchno.isEmpty() || type < 1 || type > 4)
        return refuse(QStringLiteral("3507 需要 fixmedins_bchno 和 inv_data_type（1–4）"));
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT id, infno, payload FROM record WHERE bchno = ? AND "
                            "data_type = ? AND deleted = 0"),
             {bchno, type}))
        return refuse(q.lastError().text());
    QList<std::tuple<qint64, QString, QJsonObject>> found;
    while (q.next())
        found.append(
            {q.value(0).toLongLong(), q.value(1).toString(), parse(q.value(2).toString())});
    q.finish();
    for (const auto& [id, infno, payload] : found) {
        forgetTraceCodes(id, infno, payload);
        (void)run(q, QStringLiteral("UPDATE record SET deleted = 1 WHERE id = ?"), {id});
    }
    // Deleting what is not there succeeds with a count of 0: a repeated 3507 changes nothing.
    return SimAnswer{0,
                     {},
                     QJsonObject{{QStringLiteral("fixmedins_bchno"), bchno},
                                 {QStringLiteral("deleted_cnt"), static_cast<int>(found.size())}}};
}

namespace {
/// Page `rows` as the platform's queries do: {data, recordCounts, pages}.
QJsonObject page(const QJsonArray& rows, const QJsonObject& d)
{
    const int pageSize = qBound(1, d.value(QStringLiteral("page_size")).toVariant().toInt(), 1000);
    const int pageNum = qMax(1, d.value(QStringLiteral("page_num")).toVariant().toInt());
    const int size = d.contains(QStringLiteral("page_size")) ? pageSize : 100;
    QJsonArray out;
    for (qsizetype i = qsizetype(pageNum - 1) * size; i < rows.size() && out.size() < size; ++i)
        out.append(rows.at(i));
    return QJsonObject{{QStringLiteral("data"), out},
                       {QStringLiteral("recordCounts"), static_cast<int>(rows.size())},
                       {QStringLiteral("pages"), static_cast<int>((rows.size() + size - 1) / size)},
                       {QStringLiteral("page_num"), pageNum}};
}

/// begndate / enddate of a query as the bounds of biz_time; empty: open.
std::pair<QString, QString> range(const QJsonObject& d)
{
    QString from = d.value(QStringLiteral("begndate")).toString();
    QString to = d.value(QStringLiteral("enddate")).toString();
    if (from.size() == 10)
        from += QStringLiteral(" 00:00:00");
    if (to.size() == 10)
        to += QStringLiteral(" 23:59:59");
    if (from.isEmpty())
        from = QStringLiteral("0000");
    if (to.isEmpty())
        to = QStringLiteral("9999");
    return {from, to};
}
} // namespace

SimAnswer SimPlatform::queryRecords(const QString& infno, const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    QList<int> types =
        infno == u"3509" ? QList<int>{1, 2} : (infno == u"3510" ? QList<int>{3} : QList<int>{4});
    QString sql =
        QStringLiteral("SELECT id, infno, payload, received_at, msgid FROM record WHERE "
                       "deleted = 0 AND data_type IN (%1) AND biz_time BETWEEN ? AND ?")
            .arg(types.size() == 2 ? QStringLiteral("1,2") : QString::number(types.first()));
    const auto [from, to] = range(d);
    QVariantList binds{from, to};
    if (const QString b = d.value(QStringLiteral("fixmedins_bchno")).toString(); !b.isEmpty()) {
        sql += QStringLiteral(" AND bchno = ?");
        binds << b;
    }
    if (const QString h = d.value(QStringLiteral("fixmedins_hilist_id")).toString(); !h.isEmpty()) {
        sql += QStringLiteral(" AND hilist_id = ?");
        binds << h;
    }
    if (const QString m = d.value(QStringLiteral("med_list_codg")).toString(); !m.isEmpty()) {
        sql += QStringLiteral(" AND med_list_codg = ?");
        binds << m;
    }
    sql += QStringLiteral(" ORDER BY biz_time, id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, sql, binds))
        return refuse(q.lastError().text());
    QJsonArray rows;
    while (q.next()) {
        const QString rowInfno = q.value(1).toString();
        QJsonObject row = upload::recordNode(rowInfno, parse(q.value(2).toString()));
        row.insert(QStringLiteral("infno"), rowInfno);
        row.insert(QStringLiteral("upld_time"), q.value(3).toString());
        rows.append(row);
    }
    return SimAnswer{0, {}, page(rows, d)};
}

SimAnswer SimPlatform::queryStock(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const auto [from, to] = range(d);
    Q_UNUSED(from)
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT infno, payload FROM record WHERE deleted = 0 AND "
                            "biz_time <= ? ORDER BY biz_time, id"),
             {to}))
        return refuse(q.lastError().text());
    QList<QPair<QString, QJsonObject>> records;
    while (q.next())
        records.append({q.value(0).toString(), parse(q.value(1).toString())});
    const QString only = d.value(QStringLiteral("fixmedins_hilist_id")).toString();
    QJsonArray rows;
    const QMap<QString, upload::PlatformStockRow> stock = upload::platformStock(records);
    for (const upload::PlatformStockRow& r : stock) {
        if (!only.isEmpty() && r.hilistId != only)
            continue;
        rows.append(QJsonObject{{QStringLiteral("fixmedins_hilist_id"), r.hilistId},
                                {QStringLiteral("fixmedins_hilist_name"), r.hilistName},
                                {QStringLiteral("med_list_codg"), r.medListCode},
                                {QStringLiteral("inv_cnt"), QString::number(r.count)}});
    }
    return SimAnswer{0, {}, page(rows, d)};
}

SimAnswer SimPlatform::queryTraceCodes(const QString& infno, const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const auto [from, to] = range(d);
    const QString code = d.value(QStringLiteral("drug_trac_codg")).toString();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QJsonArray rows;
    if (infno == u"3513") {
        QString sql =
            QStringLiteral("SELECT s.code, r.hilist_id, r.bchno, r.biz_time, r.med_list_codg "
                           "FROM sold_code s JOIN record r ON r.id = s.record_id "
                           "WHERE r.deleted = 0 AND r.biz_time BETWEEN ? AND ?");
        QVariantList binds{from, to};
        if (!code.isEmpty()) {
            sql += QStringLiteral(" AND s.code = ?");
            binds << code;
        }
        if (!run(q, sql + QStringLiteral(" ORDER BY r.biz_time, s.code"), binds))
            return refuse(q.lastError().text());
        while (q.next())
            rows.append(QJsonObject{{QStringLiteral("drug_trac_codg"), q.value(0).toString()},
                                    {QStringLiteral("fixmedins_hilist_id"), q.value(1).toString()},
                                    {QStringLiteral("fixmedins_bchno"), q.value(2).toString()},
                                    {QStringLiteral("sel_retn_time"), q.value(3).toString()},
                                    {QStringLiteral("med_list_codg"), q.value(4).toString()}});
        return SimAnswer{0, {}, page(rows, d)};
    }
    if (!run(q,
             QStringLiteral("SELECT payload, biz_time FROM record WHERE deleted = 0 AND infno = "
                            "'3503' AND biz_time BETWEEN ? AND ? ORDER BY biz_time, id"),
             {from, to}))
        return refuse(q.lastError().text());
    while (q.next()) {
        const QJsonObject input3503 = parse(q.value(0).toString());
        const QJsonObject node = upload::recordNode(QStringLiteral("3503"), input3503);
        for (const QString& c : upload::traceCodes(QStringLiteral("3503"), input3503))
            if (code.isEmpty() || c == code)
                rows.append(QJsonObject{
                    {QStringLiteral("drug_trac_codg"), c},
                    {QStringLiteral("fixmedins_hilist_id"),
                     node.value(QStringLiteral("fixmedins_hilist_id"))},
                    {QStringLiteral("manu_lotnum"), node.value(QStringLiteral("manu_lotnum"))},
                    {QStringLiteral("fixmedins_bchno"),
                     node.value(QStringLiteral("fixmedins_bchno"))},
                    {QStringLiteral("purc_retn_stoin_time"), q.value(1).toString()}});
    }
    return SimAnswer{0, {}, page(rows, d)};
}

namespace {
/// The demo prescription with this number or QR token, or null.
std::optional<sync::SimulatedPrescription>
findPrescription(const QDateTime& anchor, const QString& rxNo, const QString& token)
{
    for (const sync::SimulatedPrescription& rx : sync::simulatedPrescriptions(anchor))
        if ((!rxNo.isEmpty() && rx.rxNo == rxNo) || (!token.isEmpty() && rx.traceCode == token))
            return rx;
    return std::nullopt;
}
} // namespace

SimAnswer SimPlatform::rxParse(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    QString token = d.value(QStringLiteral("rx_trace_code")).toString();
    if (token.isEmpty())
        token = d.value(QStringLiteral("qr_code")).toString();
    const std::optional<sync::SimulatedPrescription> rx =
        findPrescription(prescriptionAnchor(), {}, token);
    if (!rx)
        return refuse(QStringLiteral("无法识别的处方二维码"));
    return SimAnswer{0,
                     {},
                     QJsonObject{{QStringLiteral("hi_rxno"), rx->rxNo},
                                 {QStringLiteral("rx_trace_code"), rx->traceCode}}};
}

SimAnswer SimPlatform::rxQuery(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    QString rxNo = d.value(QStringLiteral("hi_rxno")).toString();
    if (rxNo.isEmpty())
        rxNo = d.value(QStringLiteral("auth_rxno")).toString();
    const std::optional<sync::SimulatedPrescription> rx = findPrescription(
        prescriptionAnchor(), rxNo, d.value(QStringLiteral("rx_trace_code")).toString());
    if (!rx)
        return refuse(QStringLiteral("未查询到电子处方：%1").arg(rxNo));
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT infno, biz_sn, at, payload FROM rx_event WHERE hi_rxno = ? "
                            "ORDER BY id"),
             {rx->rxNo}))
        return refuse(q.lastError().text());
    QJsonArray history;
    QString reviewState = QStringLiteral("0");
    QString usedState = QStringLiteral("0");
    while (q.next()) {
        const QString infno = q.value(0).toString();
        history.append(QJsonObject{{QStringLiteral("infno"), infno},
                                   {QStringLiteral("biz_sn"), q.value(1).toString()},
                                   {QStringLiteral("upld_time"), q.value(2).toString()}});
        if (infno == u"7204")
            reviewState = parse(q.value(3).toString())
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("rx_chk_stas_codg"))
                              .toString();
        else if (infno == u"7207")
            usedState = QStringLiteral("1");
        else if (infno == u"7208")
            usedState = QStringLiteral("0");
    }
    QJsonObject info = rx->output.value(QStringLiteral("rxinfo")).toObject();
    info.insert(QStringLiteral("rx_chk_stas_codg"), reviewState);
    info.insert(QStringLiteral("rx_used_stas_codg"), usedState);
    return SimAnswer{
        0,
        {},
        QJsonObject{{QStringLiteral("rxinfo"), info}, {QStringLiteral("upld_his"), history}}};
}

SimAnswer SimPlatform::rxDownload(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const std::optional<sync::SimulatedPrescription> rx =
        findPrescription(prescriptionAnchor(), d.value(QStringLiteral("hi_rxno")).toString(),
                         d.value(QStringLiteral("rx_trace_code")).toString());
    if (!rx)
        return refuse(QStringLiteral("未查询到电子处方：%1")
                          .arg(d.value(QStringLiteral("hi_rxno")).toString()));
    return SimAnswer{0, {}, rx->output};
}

SimAnswer SimPlatform::rxUpload(const QString& msgid, const QString& infno,
                                const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    const QString rxNo = d.value(QStringLiteral("hi_rxno")).toString();
    if (!findPrescription(prescriptionAnchor(), rxNo, {}))
        return refuse(QStringLiteral("未查询到电子处方：%1").arg(rxNo));
    QSqlQuery q(m_db);
    // The last review and the last sale-out event decide what may come next.
    QString lastReview;
    bool sold = false;
    if (run(q, QStringLiteral("SELECT infno, payload FROM rx_event WHERE hi_rxno = ? ORDER BY id"),
            {rxNo}))
        while (q.next()) {
            if (q.value(0).toString() == u"7204")
                lastReview = parse(q.value(1).toString())
                                 .value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("rx_chk_stas_codg"))
                                 .toString();
            else
                sold = q.value(0).toString() == u"7207";
        }
    q.finish();
    if (infno == u"7204") {
        const QString state = d.value(QStringLiteral("rx_chk_stas_codg")).toString();
        if (state != u"1" && state != u"2")
            return refuse(QStringLiteral("审方结果 rx_chk_stas_codg 只能是 1 或 2"));
        if (d.value(QStringLiteral("phar_prac_cert_no")).toString().isEmpty())
            return refuse(QStringLiteral("审方结果缺少药师执业证号 phar_prac_cert_no"));
        if (sold)
            return refuse(QStringLiteral("处方 %1 已销售出库，不能再审").arg(rxNo));
    } else if (infno == u"7207") {
        if (lastReview != u"1")
            return refuse(QStringLiteral("处方 %1 未审核通过，不能销售出库").arg(rxNo));
        if (sold)
            return refuse(QStringLiteral("处方 %1 已销售出库").arg(rxNo));
    } else if (!sold) {
        return refuse(QStringLiteral("处方 %1 没有可撤销的销售出库").arg(rxNo));
    }
    const QString bizSn = QStringLiteral("RB") + nextSerial(QStringLiteral("rx"));
    if (!run(q,
             QStringLiteral("INSERT INTO rx_event (hi_rxno, infno, biz_sn, payload, msgid, at) "
                            "VALUES (?,?,?,?,?,?)"),
             {rxNo, infno, bizSn, json(input), msgid, m_clock.now().toString(kTime)}))
        return refuse(q.lastError().text());
    return SimAnswer{
        0,
        {},
        QJsonObject{{infno == u"7204" ? QStringLiteral("rx_chk_biz_sn") : QStringLiteral("biz_sn"),
                     bizSn}}};
}

SimAnswer SimPlatform::catalogue(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    QString sql =
        QStringLiteral("SELECT hilist_code, hilist_name, begndate, enddate, vali_flag, "
                       "chrgitm_lv, list_type, updt_time FROM catalog WHERE updt_time >= ?");
    QVariantList binds{d.value(QStringLiteral("updt_time")).toString()};
    if (const QString c = d.value(QStringLiteral("hilist_code")).toString(); !c.isEmpty()) {
        sql += QStringLiteral(" AND hilist_code = ?");
        binds << c;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, sql + QStringLiteral(" ORDER BY updt_time, hilist_code, begndate"), binds))
        return refuse(q.lastError().text());
    QJsonArray rows;
    while (q.next())
        rows.append(QJsonObject{{QStringLiteral("hilist_code"), q.value(0).toString()},
                                {QStringLiteral("hilist_name"), q.value(1).toString()},
                                {QStringLiteral("begndate"), q.value(2).toString()},
                                {QStringLiteral("enddate"), q.value(3).toString()},
                                {QStringLiteral("vali_flag"), q.value(4).toString()},
                                {QStringLiteral("chrgitm_lv"), q.value(5).toString()},
                                {QStringLiteral("list_type"), q.value(6).toString()},
                                {QStringLiteral("updt_time"), q.value(7).toString()}});
    return SimAnswer{0, {}, page(rows, d)};
}

SimAnswer SimPlatform::priceLimits(const QJsonObject& input)
{
    const QJsonObject d = input.value(QStringLiteral("data")).toObject();
    QString sql = QStringLiteral("SELECT hilist_code, begndate, enddate, uplmt_fen, lmtpric_type, "
                                 "updt_time FROM price_limit WHERE updt_time >= ?");
    QVariantList binds{d.value(QStringLiteral("updt_time")).toString()};
    if (const QString c = d.value(QStringLiteral("hilist_code")).toString(); !c.isEmpty()) {
        sql += QStringLiteral(" AND hilist_code = ?");
        binds << c;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, sql + QStringLiteral(" ORDER BY updt_time, hilist_code, begndate"), binds))
        return refuse(q.lastError().text());
    QJsonArray rows;
    while (q.next())
        rows.append(
            QJsonObject{{QStringLiteral("hilist_code"), q.value(0).toString()},
                        {QStringLiteral("begndate"), q.value(1).toString()},
                        {QStringLiteral("enddate"), q.value(2).toString()},
                        {QStringLiteral("hilist_pric_uplmt_amt"), yuan(q.value(3).toLongLong())},
                        {QStringLiteral("hilist_lmtpric_type"), q.value(4).toString()},
                        {QStringLiteral("vali_flag"), QStringLiteral("1")},
                        {QStringLiteral("updt_time"), q.value(5).toString()}});
    return SimAnswer{0, {}, page(rows, d)};
}

// ---- the control side ------------------------------------------------------------------------

QJsonArray SimPlatform::records(bool includeDeleted) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QJsonArray out;
    if (!q.exec(QStringLiteral("SELECT id, infno, bchno, msgid, payload, deleted FROM record ")
                + (includeDeleted ? QString() : QStringLiteral("WHERE deleted = 0 "))
                + QStringLiteral("ORDER BY id")))
        return out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                               {QStringLiteral("infno"), q.value(1).toString()},
                               {QStringLiteral("fixmedins_bchno"), q.value(2).toString()},
                               {QStringLiteral("msgid"), q.value(3).toString()},
                               {QStringLiteral("payload"), parse(q.value(4).toString())},
                               {QStringLiteral("deleted"), q.value(5).toInt() != 0}});
    return out;
}

Status SimPlatform::deleteRecord(qint64 id)
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT infno, payload FROM record WHERE id = ? AND deleted = 0"),
             {id})
        || !q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("记录 %1 不存在").arg(id));
    const QString infno = q.value(0).toString();
    const QJsonObject payload = parse(q.value(1).toString());
    q.finish();
    forgetTraceCodes(id, infno, payload);
    (void)run(q, QStringLiteral("UPDATE record SET deleted = 1 WHERE id = ?"), {id});
    return {};
}

Result<qint64> SimPlatform::insertRecord(const QString& infno, const QJsonObject& input)
{
    const upload::RecordSpec* spec = upload::recordSpec(infno);
    if (!spec || spec->dataType == 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 不是进销存上传").arg(infno));
    const QJsonObject node = upload::recordNode(infno, input);
    QSqlQuery q(m_db);
    if (!run(
            q,
            QStringLiteral("INSERT INTO record (infno, data_type, bchno, hilist_id, med_list_codg, "
                           "biz_time, payload, msgid, received_at) VALUES (?,?,?,?,?,?,?,?,?)"),
            {infno, spec->dataType, node.value(QStringLiteral("fixmedins_bchno")).toString(),
             node.value(QStringLiteral("fixmedins_hilist_id")).toString(),
             node.value(QStringLiteral("med_list_codg")).toString(),
             upload::businessTime(infno, input).toString(kTime), json(input),
             QStringLiteral("planted"), m_clock.now().toString(kTime)}))
        return makeError(ErrorCode::StorageFailure, q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    if (infno == u"3505")
        for (const QString& c : upload::traceCodes(infno, input))
            (void)run(q, QStringLiteral("INSERT OR REPLACE INTO sold_code VALUES (?, ?)"), {c, id});
    return id;
}

Status SimPlatform::updateRecord(qint64 id, const QJsonObject& input)
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT infno FROM record WHERE id = ?"), {id}) || !q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("记录 %1 不存在").arg(id));
    const QString infno = q.value(0).toString();
    q.finish();
    if (!run(q, QStringLiteral("UPDATE record SET payload = ?, biz_time = ? WHERE id = ?"),
             {json(input), upload::businessTime(infno, input).toString(kTime), id}))
        return makeError(ErrorCode::StorageFailure, q.lastError().text());
    return {};
}

QJsonArray SimPlatform::rxEvents() const
{
    QSqlQuery q(m_db);
    QJsonArray out;
    if (!q.exec(QStringLiteral(
            "SELECT id, hi_rxno, infno, biz_sn, msgid, payload FROM rx_event ORDER BY id")))
        return out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                               {QStringLiteral("hi_rxno"), q.value(1).toString()},
                               {QStringLiteral("infno"), q.value(2).toString()},
                               {QStringLiteral("biz_sn"), q.value(3).toString()},
                               {QStringLiteral("msgid"), q.value(4).toString()},
                               {QStringLiteral("payload"), parse(q.value(5).toString())}});
    return out;
}

QJsonArray SimPlatform::settlements() const
{
    QSqlQuery q(m_db);
    QJsonArray out;
    if (!q.exec(QStringLiteral("SELECT setl_id, mdtrt_id, psn_no, msgid, medfee_fen, fund_fen, "
                               "acct_fen, cash_fen, setl_time, state, rxno, reversal_msgid, "
                               "reversal_setl_id FROM setl ORDER BY setl_time, setl_id")))
        return out;
    while (q.next())
        out.append(QJsonObject{
            {QStringLiteral("setl_id"), q.value(0).toString()},
            {QStringLiteral("mdtrt_id"), q.value(1).toString()},
            {QStringLiteral("psn_no"), q.value(2).toString()},
            {QStringLiteral("msgid"), q.value(3).toString()},
            {QStringLiteral("medfee_sumamt"), yuan(q.value(4).toLongLong())},
            {QStringLiteral("fund_pay_sumamt"), yuan(q.value(5).toLongLong())},
            {QStringLiteral("acct_pay"), yuan(q.value(6).toLongLong())},
            {QStringLiteral("psn_cash_pay"), yuan(q.value(7).toLongLong())},
            {QStringLiteral("setl_time"), q.value(8).toString()},
            {QStringLiteral("state"), q.value(9).toInt() == 1   ? QStringLiteral("settled")
                                      : q.value(9).toInt() == 2 ? QStringLiteral("reversed")
                                                                : QStringLiteral("undone")},
            {QStringLiteral("rxno"), q.value(10).toString()},
            {QStringLiteral("reversal_msgid"), q.value(11).toString()},
            {QStringLiteral("reversal_setl_id"), q.value(12).toString()}});
    return out;
}

QJsonArray SimPlatform::persons() const
{
    QSqlQuery q(m_db);
    QJsonArray out;
    if (!q.exec(QStringLiteral("SELECT psn_no, certno, psn_name, insutype, balc_fen, card_sn, "
                               "ec_token FROM person ORDER BY psn_no")))
        return out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("psn_no"), q.value(0).toString()},
                               {QStringLiteral("certno"), q.value(1).toString()},
                               {QStringLiteral("psn_name"), q.value(2).toString()},
                               {QStringLiteral("insutype"), q.value(3).toString()},
                               {QStringLiteral("balc"), yuan(q.value(4).toLongLong())},
                               {QStringLiteral("card_sn"), q.value(5).toString()},
                               {QStringLiteral("ec_token"), q.value(6).toString()}});
    return out;
}

QJsonObject SimPlatform::stats() const
{
    QSqlQuery q(m_db);
    QJsonObject byInfno;
    qint64 repeated = 0;
    if (q.exec(QStringLiteral("SELECT infno, COUNT(*), SUM(times - 1) FROM txn GROUP BY infno")))
        while (q.next()) {
            byInfno.insert(q.value(0).toString(), q.value(1).toLongLong());
            repeated += q.value(2).toLongLong();
        }
    qint64 records = 0;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM record WHERE deleted = 0")) && q.next())
        records = q.value(0).toLongLong();
    return QJsonObject{{QStringLiteral("transactions"), byInfno},
                       {QStringLiteral("repeated_msgids"), repeated},
                       {QStringLiteral("records"), records}};
}

QJsonObject SimPlatform::receipts() const
{
    QSqlQuery q(m_db);
    QJsonObject out;
    if (q.exec(QStringLiteral("SELECT msgid, times FROM txn")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

} // namespace pos::sim
