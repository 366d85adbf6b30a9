#include "app/core/archive/archivechain.h"

#include "app/core/ports/recordsealer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pos::archive {

namespace {

/// Translation context "ArchiveChain" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveChain)
};

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool isSha256Hex(const QByteArray& h)
{
    return h.size() == 64 && std::all_of(h.begin(), h.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QJsonObject pieceJson(const ArchivePiece& p)
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("sha256"), QString::fromLatin1(p.sha256)},
                  {QStringLiteral("bytes"), double(p.bytes)}};
    if (!p.missing.isEmpty())
        o.insert(QStringLiteral("missing"), p.missing);
    return o;
}

QJsonObject canonicalObject(const ArchiveRecord& r)
{
    QJsonArray pieces;
    for (const ArchivePiece& p : r.pieces)
        pieces.append(pieceJson(p));
    return QJsonObject{{QStringLiteral("version"), ArchiveRecord::kVersion},
                       {QStringLiteral("seq"), double(r.seq)},
                       {QStringLiteral("kind"), recordKindKey(r.kind)},
                       {QStringLiteral("subject"), r.subject},
                       {QStringLiteral("prescription"), r.prescriptionNo},
                       {QStringLiteral("sealed_at"), isoUtc(r.sealedAt)},
                       {QStringLiteral("content"), r.content},
                       {QStringLiteral("pieces"), pieces},
                       {QStringLiteral("prev"), QString::fromLatin1(r.prevHash)}};
}

Error bad(const QString& why)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("归档记录无效：%1").arg(why));
}

} // namespace

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::InsuredSettlement: return QStringLiteral("insured_settlement");
    case RecordKind::CashPrescriptionSale: return QStringLiteral("cash_prescription_sale");
    case RecordKind::Refund: return QStringLiteral("refund");
    case RecordKind::CashPrescriptionReturn: return QStringLiteral("cash_prescription_return");
    }
    return {};
}

std::optional<RecordKind> recordKindFromKey(const QString& key)
{
    for (RecordKind k : {RecordKind::InsuredSettlement, RecordKind::CashPrescriptionSale,
                         RecordKind::Refund, RecordKind::CashPrescriptionReturn})
        if (recordKindKey(k) == key)
            return k;
    return std::nullopt;
}

QByteArray ArchiveRecord::canonical() const
{
    return QJsonDocument(canonicalObject(*this)).toJson(QJsonDocument::Compact);
}

QByteArray ArchiveRecord::computeHash() const
{
    return sha256Hex(canonical());
}

QByteArray ArchiveRecord::toJson() const
{
    QJsonObject o = canonicalObject(*this);
    o.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ArchiveRecord> ArchiveRecord::fromJson(const QByteArray& json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(Tr::tr("不是有效的 JSON（%1）").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return bad(Tr::tr("版本 %1 无法识别").arg(o.value(QStringLiteral("version")).toInt()));
    ArchiveRecord r;
    r.seq = o.value(QStringLiteral("seq")).toInteger();
    if (r.seq < 1)
        return bad(Tr::tr("序号无效"));
    const std::optional<RecordKind> kind =
        recordKindFromKey(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return bad(Tr::tr("记录种类“%1”无法识别").arg(o.value(QStringLiteral("kind")).toString()));
    r.kind = *kind;
    r.subject = o.value(QStringLiteral("subject")).toString();
    r.prescriptionNo = o.value(QStringLiteral("prescription")).toString();
    r.sealedAt =
        QDateTime::fromString(o.value(QStringLiteral("sealed_at")).toString(), Qt::ISODateWithMs);
    if (!r.sealedAt.isValid())
        return bad(Tr::tr("封存时间无效"));
    r.content = o.value(QStringLiteral("content")).toObject();
    for (const QJsonValue& v : o.value(QStringLiteral("pieces")).toArray()) {
        const QJsonObject p = v.toObject();
        ArchivePiece piece{p.value(QStringLiteral("name")).toString(),
                           p.value(QStringLiteral("sha256")).toString().toLatin1(),
                           p.value(QStringLiteral("bytes")).toInteger(),
                           p.value(QStringLiteral("missing")).toString()};
        if (piece.name.isEmpty() || (piece.missing.isEmpty() && !isSha256Hex(piece.sha256)))
            return bad(Tr::tr("文件条目“%1”无效").arg(piece.name));
        r.pieces.append(piece);
    }
    r.prevHash = o.value(QStringLiteral("prev")).toString().toLatin1();
    r.hash = o.value(QStringLiteral("hash")).toString().toLatin1();
    if (!isSha256Hex(r.prevHash) || !isSha256Hex(r.hash))
        return bad(Tr::tr("哈希值格式无效"));
    r.signature =
        QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    return r;
}

QStringList ArchiveRecord::missingPieces() const
{
    QStringList out;
    for (const ArchivePiece& p : pieces)
        if (!p.missing.isEmpty())
            out << QStringLiteral("%1：%2").arg(p.name, p.missing);
    return out;
}

QByteArray genesisHash(const QString& storeId)
{
    return sha256Hex(QByteArray(QByteArrayLiteral("pharmapos-archive-v1\n") + storeId.toUtf8()));
}

ArchiveRecord chainAfter(const ArchiveRecord* previous, ArchiveRecord draft, const QString& storeId)
{
    draft.seq = previous ? previous->seq + 1 : 1;
    draft.prevHash = previous ? previous->hash : genesisHash(storeId);
    draft.signature.clear();
    draft.hash = draft.computeHash();
    return draft;
}

RecordPerson personOf(const ArchiveRecord& r)
{
    const QJsonObject insured = r.content.value(QStringLiteral("settlement"))
                                    .toObject()
                                    .value(QStringLiteral("person"))
                                    .toObject();
    const QJsonObject patient = r.content.value(QStringLiteral("prescription"))
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toObject();
    RecordPerson p{insured.value(QStringLiteral("certno")).toString(),
                   insured.value(QStringLiteral("name")).toString()};
    if (p.idNumber.isEmpty())
        p.idNumber = patient.value(QStringLiteral("patId")).toString();
    if (p.name.isEmpty())
        p.name = patient.value(QStringLiteral("patName")).toString();
    if (p.idNumber.isEmpty())
        p.idNumber = r.content.value(QStringLiteral("sale"))
                         .toObject()
                         .value(QStringLiteral("buyer_id_number"))
                         .toString();
    return p;
}

QByteArray ArchiveHead::signedBytes(const QString& storeId) const
{
    return QByteArrayLiteral("pharmapos-archive-head-v1\n") + storeId.toUtf8() + '\n'
           + QByteArray::number(seq) + '\n' + hash;
}

ArchiveHead ArchiveHead::of(const ArchiveRecord& record)
{
    return ArchiveHead{record.seq, record.hash, record.signature};
}

Status signRecord(ArchiveRecord& record, const QString& storeId, const RecordSealer& sealer)
{
    ArchiveHead head = ArchiveHead::of(record);
    Result<QByteArray> sig =
        sealer.sign(head.signedBytes(storeId), QString::fromLatin1(ArchiveHead::kPurpose));
    if (!sig)
        return sig.error();
    record.signature = *sig;
    return {};
}

QString ArchiveFinding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Altered: return QStringLiteral("altered");
    case Kind::Missing: return QStringLiteral("missing");
    case Kind::Reordered: return QStringLiteral("reordered");
    case Kind::Inserted: return QStringLiteral("inserted");
    case Kind::PieceMissing: return QStringLiteral("piece_missing");
    case Kind::PieceAltered: return QStringLiteral("piece_altered");
    case Kind::HeadForged: return QStringLiteral("forged");
    case Kind::Truncated: return QStringLiteral("truncated");
    }
    return {};
}

QString ArchiveFinding::describe() const
{
    QString what;
    switch (kind) {
    case Kind::Altered: what = Tr::tr("被改动"); break;
    case Kind::Missing: what = Tr::tr("缺失"); break;
    case Kind::Reordered: what = Tr::tr("顺序被调换"); break;
    case Kind::Inserted: what = Tr::tr("被插入"); break;
    case Kind::PieceMissing: what = Tr::tr("文件缺失"); break;
    case Kind::PieceAltered: what = Tr::tr("文件被改动"); break;
    case Kind::HeadForged: what = Tr::tr("签名无效（伪造）"); break;
    case Kind::Truncated: what = Tr::tr("末尾记录被删除"); break;
    }
    QString who = subject.isEmpty() ? Tr::tr("记录 #%1 ").arg(seq)
                                    : Tr::tr("记录 #%1（%2）").arg(seq).arg(subject);
    if (inBackup)
        who = Tr::tr("备份中的") + who;
    return detail.isEmpty() ? Tr::tr("%1%2").arg(who, what)
                            : Tr::tr("%1%2：%3").arg(who, what, detail);
}

ChainVerifier::ChainVerifier(QString storeId, const RecordSealer& sealer, PieceCheck checkPiece)
    : m_storeId(std::move(storeId))
    , m_sealer(sealer)
    , m_checkPiece(std::move(checkPiece))
{
}

void ChainVerifier::find(ArchiveFinding::Kind kind, qint64 seq, const QString& subject,
                         const QString& detail)
{
    m_findings.append(ArchiveFinding{kind, seq, subject, detail});
}

void ChainVerifier::findLink(ArchiveFinding::Kind kind, qint64 seq, const QString& subject,
                             const QString& detail)
{
    m_linkFindings.append(ArchiveFinding{kind, seq, subject, detail});
}

bool ChainVerifier::seenBefore(qint64 seq) const
{
    if (seq > m_settled)
        return m_window.contains(seq);
    for (const Gap& g : m_gaps)
        if (seq >= g.from && seq <= g.to)
            return false;
    return true;
}

qsizetype ChainVerifier::recordsHeld() const
{
    qsizetype n = qsizetype(m_tail.size());
    for (const QList<Seen>& same : m_window)
        n += same.size();
    return n;
}

void ChainVerifier::hold(qint64 seq, const Seen& seen)
{
    using Kind = ArchiveFinding::Kind;
    // Sealing order against storage order; a number seen twice.
    if (seenBefore(seq))
        find(Kind::Inserted, seq, seen.subject, Tr::tr("序号与另一条记录重复"));
    else if (seq < m_highest)
        find(Kind::Reordered, seq, seen.subject, Tr::tr("存放在 #%1 之后").arg(m_highest));
    m_highest = std::max(m_highest, seq);
    if (seq > m_settled) {
        m_window[seq].append(seen);
        while (m_window.size() > kWindow)
            settle();
        return;
    }
    // Stored far out of order, after its place in the chain was passed: named above; it is not
    // missing any more.
    for (qsizetype i = 0; i < m_gaps.size(); ++i) {
        Gap& g = m_gaps[i];
        if (seq < g.from || seq > g.to)
            continue;
        if (g.from == g.to)
            m_gaps.removeAt(i);
        else if (seq == g.from)
            ++g.from;
        else if (seq == g.to)
            --g.to;
        else {
            const Gap after{seq + 1, g.to};
            g.to = seq - 1;
            m_gaps.insert(i + 1, after);
        }
        break;
    }
}

void ChainVerifier::settle()
{
    using Kind = ArchiveFinding::Kind;
    const auto first = m_window.begin();
    const qint64 seq = first.key();
    const QList<Seen> candidates = first.value();
    m_window.erase(first);
    if (seq > m_settled + 1)
        m_gaps.append(Gap{m_settled + 1, seq - 1});
    // Links: each record to the one before it. Of two records with one number, the one that
    // links is the chain's.
    const QByteArray prev = seq == 1                           ? genesisHash(m_storeId)
                            : (seq == m_settled + 1 && m_last) ? m_last->hash
                                                               : QByteArray();
    Seen pick = candidates.first();
    for (const Seen& s : candidates)
        if (!prev.isEmpty() && s.prevHash == prev) {
            pick = s;
            break;
        }
    if (!prev.isEmpty() && pick.prevHash != prev && !pick.altered) {
        if (seq == 1)
            findLink(Kind::Inserted, seq, pick.subject, Tr::tr("不是本店归档链的第一条"));
        else if (!m_last->altered)
            // The record before was replaced and re-hashed: its hash is not the one this one
            // sealed.
            findLink(
                Kind::Altered, seq - 1, m_last->subject,
                Tr::tr("其哈希与 #%1 封存时链接的不符（被改动后重算哈希或被整条替换）").arg(seq));
    }
    m_settled = seq;
    m_last = pick;
    m_tail.emplace_back(seq, pick);
    if (qsizetype(m_tail.size()) > kTail) {
        m_beforeTail = m_tail.front().first;
        m_tail.pop_front();
    }
}

void ChainVerifier::feed(const ArchiveRecord& r)
{
    using Kind = ArchiveFinding::Kind;
    ++m_seen;
    Seen seen{r.hash, r.prevHash, r.subject, false};
    // The record by itself: its hash, its signature, its documents.
    if (r.computeHash() != r.hash) {
        seen.altered = true;
        find(Kind::Altered, r.seq, r.subject, Tr::tr("内容与其哈希不符"));
    }
    if (!m_sealer.verifySignature(ArchiveHead::of(r).signedBytes(m_storeId), r.signature,
                                  QString::fromLatin1(ArchiveHead::kPurpose)))
        find(Kind::HeadForged, r.seq, r.subject, Tr::tr("店铺密钥的签名不能验证此记录"));
    if (m_checkPiece)
        for (const ArchivePiece& p : r.pieces) {
            if (!p.missing.isEmpty())
                continue; // sealed as missing, with its reason: nothing to check
            if (std::optional<PieceProblem> problem = m_checkPiece(r, p))
                find(problem->missing ? Kind::PieceMissing : Kind::PieceAltered, r.seq, r.subject,
                     problem->detail.isEmpty()
                         ? p.name
                         : QStringLiteral("%1（%2）").arg(p.name, problem->detail));
        }
    hold(r.seq, seen);
}

void ChainVerifier::feedUnreadable(qint64 storedSeq, const QString& why)
{
    ++m_seen;
    find(ArchiveFinding::Kind::Altered, storedSeq, QString(), why);
    if (seenBefore(storedSeq)) {
        m_highest = std::max(m_highest, storedSeq);
        return;
    }
    Seen seen;
    seen.altered = true;
    // Not named again as reordered or duplicated: it is named as unreadable.
    const qsizetype before = m_findings.size();
    hold(storedSeq, seen);
    m_findings.resize(before);
}

QList<ArchiveFinding> ChainVerifier::finish(const std::optional<ArchiveHead>& latest)
{
    using Kind = ArchiveFinding::Kind;
    while (!m_window.isEmpty())
        settle();
    // Gaps in the numbers.
    for (const Gap& g : std::as_const(m_gaps)) {
        const QString range = g.from == g.to ? QStringLiteral("#%1").arg(g.from)
                                             : QStringLiteral("#%1–#%2").arg(g.from).arg(g.to);
        find(Kind::Missing, g.from, QString(), Tr::tr("%1 不见了").arg(range));
    }
    m_findings.append(std::exchange(m_linkFindings, {}));

    // The newest signed head kept apart: records cut off the end, or added after it.
    if (latest) {
        if (!m_sealer.verifySignature(latest->signedBytes(m_storeId), latest->signature,
                                      QString::fromLatin1(ArchiveHead::kPurpose))) {
            find(Kind::HeadForged, latest->seq, QString(), Tr::tr("单独保存的链头签名无效"));
        } else if (latest->seq > m_highest) {
            find(Kind::Truncated, m_highest + 1, QString(),
                 Tr::tr("链头签于 #%1，现存最后一条为 #%2").arg(latest->seq).arg(m_highest));
        } else {
            // More than kTail records after the signed head: those that left the tail are named
            // as one range.
            if (latest->seq < m_beforeTail)
                find(Kind::Inserted, latest->seq + 1, QString(),
                     Tr::tr("#%1–#%2 在已签名的链头 #%3 之后")
                         .arg(latest->seq + 1)
                         .arg(m_beforeTail)
                         .arg(latest->seq));
            for (const auto& [seq, seen] : m_tail) {
                if (seq == latest->seq && seen.hash != latest->hash && !seen.altered)
                    find(Kind::Altered, seq, seen.subject, Tr::tr("与单独保存的链头不符"));
                else if (seq > latest->seq)
                    find(Kind::Inserted, seq, seen.subject,
                         Tr::tr("在已签名的链头 #%1 之后").arg(latest->seq));
            }
        }
    } else if (m_seen > 0) {
        find(Kind::Truncated, 0, QString(), Tr::tr("没有单独保存的链头：无法确认末尾是否完整"));
    }
    return std::exchange(m_findings, {});
}

QList<ArchiveFinding> verifyChain(const QList<ArchiveRecord>& stored, const QString& storeId,
                                  const std::optional<ArchiveHead>& latest,
                                  const RecordSealer& sealer, const PieceCheck& checkPiece)
{
    ChainVerifier v(storeId, sealer, checkPiece);
    for (const ArchiveRecord& r : stored)
        v.feed(r);
    return v.finish(latest);
}

} // namespace pos::archive
