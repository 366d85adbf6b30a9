#include "app/core/inventory/inventoryservice.h"

#include "app/core/inventory/ledgerreport.h"
#include "app/core/inventory/postings.h"
#include "app/core/inventory/receiving.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/ledgerstore.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <cstdio>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InventoryService)
};

QString rxFlag(RxClass c)
{
    return c == RxClass::Prescription ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

InventoryService::InventoryService(const ProductCatalog& catalog, InventoryRepository& inventory,
                                   LedgerStore& ledger, AccessControl& access, AuditLog& audit,
                                   const Clock& clock, int nearExpiryDays)
    : m_catalog(catalog)
    , m_inventory(inventory)
    , m_ledger(ledger)
    , m_access(access)
    , m_audit(audit)
    , m_clock(clock)
    , m_nearExpiryDays(nearExpiryDays)
{
}

Result<std::unique_ptr<LedgerTransaction>> InventoryService::beginPosting()
{
    return m_ledger.begin(
        PostingContext{m_clock.now(), m_access.session().actingUser()->displayName, true});
}

Error InventoryService::refuseAudited(Error error, const QString& target)
{
    const User* u = m_access.session().actingUser();
    if (Status a = m_audit.append(AuditEvent{m_clock.now(), u ? u->username : QStringLiteral("-"),
                                             AuditAction::RuleRefused, target,
                                             error.userText().left(2000)});
        !a)
        error.message += Tr::tr("（且未能写入审计日志：%1）").arg(a.error().message);
    return error;
}

ResolvedPurchaseLine InventoryService::resolve(const Product& p, const PurchaseLine& l)
{
    return ResolvedPurchaseLine{l, p.id, p.piecesPerBox(), p.displayName(), rxFlag(p.rxClass)};
}

Result<ReceiveOutcome> InventoryService::receive(const PurchaseDocument& doc,
                                                 QList<LineReport>* report, bool post)
{
    if (Status s = m_access.require(Permission::ReceiveStock, doc.reference); !s)
        return s.error();
    const QDate today = m_clock.now().date();
    if (doc.supplier.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("购进记录缺少“供货单位”"),
                         QStringLiteral("INV-FIELDS"));
    if (!doc.purchaseDate.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("购进记录缺少“购进日期”"),
                         QStringLiteral("INV-FIELDS"));
    if (doc.purchaseDate > today)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("购进日期 %1 晚于今天").arg(doc.purchaseDate.toString(Qt::ISODate)),
                         QStringLiteral("INV-FIELDS"));
    if (doc.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("到货单没有明细行"));

    ReceiveOutcome outcome;
    QList<ResolvedPurchaseLine> resolved;
    QStringList refusals;
    QSet<QString> codesInDoc;
    for (int i = 0; i < doc.lines.size(); ++i) {
        const PurchaseLine& l = doc.lines.at(i);
        LineReport r{i + 1, false, {}};
        const std::optional<Product> p = m_catalog.findByCode(l.productCode.trimmed());
        Result<ReceivingCheck> check =
            p ? checkPurchaseLine(l, *p, today, m_nearExpiryDays)
              : Result<ReceivingCheck>(
                  makeError(ErrorCode::NotFound,
                            Tr::tr("商品编码 %1 不在商品档案中，请先建档").arg(l.productCode)));
        if (check) {
            for (const QString& c : l.traceCodes) {
                if (codesInDoc.contains(c) || m_inventory.traceCodeKnown(c)) {
                    check = makeError(ErrorCode::RuleViolation,
                                      Tr::tr("追溯码 %1 已入库过：同一盒药只能验收一次").arg(c),
                                      QStringLiteral("INV-TRACE"));
                    break;
                }
                codesInDoc.insert(c);
            }
        }
        if (!check) {
            r.message = check.error().userText();
            refusals << Tr::tr("第 %1 行：%2").arg(i + 1).arg(r.message);
        } else {
            r.accepted = true;
            r.message = check->warnings.join(QStringLiteral("；"));
            outcome.warnings << check->warnings;
            resolved.append(resolve(*p, l));
        }
        outcome.lines.append(r);
    }
    if (report)
        *report = outcome.lines;
    const User* actor = m_access.session().actingUser();
    if (!refusals.isEmpty())
        return refuseAudited(
            makeError(ErrorCode::InvalidInput,
                      Tr::tr("到货单未入库（%1 行中 %2 行被拒，其余行也未入库）：\n%3")
                          .arg(doc.lines.size())
                          .arg(refusals.size())
                          .arg(refusals.join(u'\n'))),
            doc.reference);
    if (!post)
        return outcome;
    // The delivery, its stock, codes and 3503 records and its audit entry: one transaction.
    Result<std::unique_ptr<LedgerTransaction>> tx = beginPosting();
    if (!tx)
        return tx.error();
    Result<QString> docNo = postings::purchase(**tx, doc, resolved);
    if (!docNo)
        return refuseAudited(docNo.error(), doc.reference);
    outcome.docNo = *docNo;
    if (Status a = (*tx)->appendAudit(AuditEvent{
            m_clock.now(), actor->username, AuditAction::StockChanged, *docNo,
            Tr::tr("购进验收 %1 行，供货单位 %2").arg(resolved.size()).arg(doc.supplier)});
        !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    return outcome;
}

Status InventoryService::exportLedger(const QDate& from, const QDate& to, const QString& storeName,
                                      ExportFormat format, const QString& path,
                                      const ExportProgress& progress)
{
    if (Status s = m_access.require(Permission::ExportLedger, Tr::tr("进销存台账")); !s)
        return s;
    if (format != ExportFormat::Csv && !m_writer)
        return makeError(ErrorCode::Configuration, Tr::tr("本机没有 XLSX/PDF 导出组件"));
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput, Tr::tr("导出期间无效"));
    const Error cancelled = makeError(ErrorCode::Cancelled, Tr::tr("导出已取消"));
    const User* u = m_access.session().actingUser();
    // Audited before the file appears: an export the trail cannot record is not made.
    const auto audit = [&]() {
        return m_audit.append(
            AuditEvent{m_clock.now(), u->username, AuditAction::Export, Tr::tr("进销存台账"),
                       from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate)
                           + (format == ExportFormat::Csv    ? QString()
                              : format == ExportFormat::Xlsx ? QStringLiteral(" xlsx")
                                                             : QStringLiteral(" pdf"))});
    };
    if (format == ExportFormat::Csv) {
        // Written as the rows are read: the ledger of a store with 100,000 batches is never held
        // whole. The total is not known until the end (progress says 0).
        if (progress && !progress(0, 0))
            return cancelled;
        QSaveFile f(path); // discarded unless committed
        if (!f.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
        LedgerCsvWriter csv(f, from, to, storeName);
        bool written = true, stopped = false;
        constexpr qint64 kProgressRows = 1000;
        // A read error fails the export: no file ever claims a ledger it could not read.
        const Status read = m_inventory.forEachLedgerRow(from, to, [&](const LedgerRow& r) {
            if (!csv.add(r))
                return written = false;
            if (progress && csv.rows() % kProgressRows == 0 && !progress(csv.rows(), 0)) {
                stopped = true;
                return false;
            }
            return true;
        });
        if (!read)
            return read;
        if (stopped)
            return cancelled;
        if (!written || !csv.finish())
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
        if (progress && !progress(csv.rows(), csv.rows()))
            return cancelled;
        if (Status a = audit(); !a)
            return a;
        if (!f.commit())
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
        return {};
    }
    // A read error fails the export: no file ever claims a ledger it could not read.
    const Result<QList<LedgerRow>> read = m_inventory.ledger(from, to);
    if (!read)
        return read.error();
    const QList<LedgerRow>& rows = *read;
    // libxlsxwriter and QPdfWriter write to a name: write beside the target, then rename.
    const QString part = path + QStringLiteral(".part");
    Status written =
        m_writer->write(rows, LedgerHeader{storeName, from, to}, format, part, progress);
    if (written)
        written = audit();
    if (written
        && std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData())
               != 0)
        written = makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
    if (!written)
        QFile::remove(part);
    return written;
}

Result<qint64> InventoryService::exportJournalCsv(const QDate& from, const QDate& to,
                                                  QIODevice& out, const ExportProgress& progress)
{
    if (Status s = m_access.require(Permission::ExportLedger, Tr::tr("库存流水")); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput, Tr::tr("导出期间无效"));
    Result<qint64> rows = m_inventory.writeJournalCsv(from, to, out, progress);
    if (!rows)
        return rows;
    const User* u = m_access.session().actingUser();
    if (Status a = m_audit.append(AuditEvent{
            m_clock.now(), u->username, AuditAction::Export, Tr::tr("库存流水"),
            from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate)});
        !a)
        return a.error();
    return rows;
}

Result<qint64> InventoryService::exportJournal(const QDate& from, const QDate& to,
                                               const QString& path, const ExportProgress& progress)
{
    if (Status s = m_access.require(Permission::ExportLedger, Tr::tr("库存流水")); !s)
        return s.error(); // before anything is created on disk
    QSaveFile f(path);    // discarded unless committed
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
    Result<qint64> rows = exportJournalCsv(from, to, f, progress);
    if (rows && !f.commit())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
    return rows;
}

Result<QString> InventoryService::adjustStock(qint64 batchId, MovementKind kind, qint64 pieces,
                                              const QString& reason)
{
    if (Status s = m_access.require(Permission::AdjustStock, toDisplayString(kind)); !s)
        return s.error();
    if (kind == MovementKind::Purchase || kind == MovementKind::Sale
        || kind == MovementKind::SaleReturn || kind == MovementKind::StocktakeGain
        || kind == MovementKind::StocktakeLoss)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 由其业务流程过账，不能手工调整").arg(toDisplayString(kind)),
                         QStringLiteral("INV-LEDGER"));
    if (pieces <= 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("数量必须大于 0"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("库存调整必须写明原因"),
                         QStringLiteral("INV-LEDGER"));
    const User* u = m_access.session().actingUser();
    Result<std::unique_ptr<LedgerTransaction>> tx = beginPosting();
    if (!tx)
        return tx.error();
    Result<QString> doc = postings::adjustment(**tx, m_catalog, batchId, kind, pieces, reason);
    if (!doc) {
        tx->reset(); // rolled back before the refusal is audited
        return refuseAudited(doc.error(), toDisplayString(kind));
    }
    if (Status a = (*tx)->appendAudit(AuditEvent{m_clock.now(), u->username,
                                                 AuditAction::StockChanged, *doc,
                                                 Tr::tr("%1 %2（最小单位），原因：%3")
                                                     .arg(toDisplayString(kind))
                                                     .arg(pieces)
                                                     .arg(reason)});
        !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    return doc;
}

Result<StocktakeSheet> InventoryService::startStocktake(std::optional<DrugType> drugType)
{
    if (Status s = m_access.require(Permission::AdjustStock, Tr::tr("盘点")); !s)
        return s.error();
    const QString scope = drugType ? toDisplayString(*drugType) : QStringLiteral("all");
    const User* u = m_access.session().actingUser();
    return m_inventory.createStocktake(scope, drugType, u->displayName, m_clock.now());
}

Status InventoryService::recordCounts(const QString& sheetNo,
                                      const QList<std::pair<qint64, qint64>>& counts)
{
    if (Status s = m_access.require(Permission::AdjustStock, sheetNo); !s)
        return s;
    const std::optional<StocktakeSheet> sheet = m_inventory.stocktake(sheetNo);
    if (!sheet)
        return makeError(ErrorCode::NotFound, Tr::tr("没有盘点单 %1").arg(sheetNo));
    if (sheet->approved)
        return makeError(ErrorCode::WrongState, Tr::tr("盘点单 %1 已审核，不能再改").arg(sheetNo));
    for (const auto& [batch, pieces] : counts)
        if (Status s = m_inventory.setCounted(sheet->id, batch, pieces); !s)
            return s;
    return {};
}

Result<StocktakeResult> InventoryService::approveStocktake(const QString& sheetNo,
                                                           const QString& reason)
{
    if (Status s = m_access.require(Permission::AdjustStock, sheetNo); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("盘点调整必须写明原因"),
                         QStringLiteral("INV-LEDGER"));
    const std::optional<StocktakeSheet> sheet = m_inventory.stocktake(sheetNo);
    if (!sheet)
        return makeError(ErrorCode::NotFound, Tr::tr("没有盘点单 %1").arg(sheetNo));
    const User* u = m_access.session().actingUser();
    Result<std::unique_ptr<LedgerTransaction>> tx = beginPosting();
    if (!tx)
        return tx.error();
    Result<StocktakeResult> r = postings::stocktake(**tx, m_catalog, sheet->id, reason);
    if (!r)
        return r;
    if (Status a = (*tx)->appendAudit(
            AuditEvent{m_clock.now(), u->username, AuditAction::StockChanged, sheetNo,
                       Tr::tr("盘点审核：%1 个批次调整，盘盈 %2，盘亏 %3；原因：%4")
                           .arg(r->adjustedBatches)
                           .arg(r->gainPieces)
                           .arg(r->lossPieces)
                           .arg(reason)});
        !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    return r;
}

} // namespace pos
