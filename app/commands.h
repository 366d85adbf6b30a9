#pragma once

#include "app/appconfig.h"
#include "app/commandtable.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace pos::app {

class Counter;

/// Opens the store, logs `user` in (password on standard input), runs `work` as that user and
/// logs out again, whatever `work` returned. Returns work's exit code, or 2 when the store cannot
/// be opened and 1 when the login was refused (saying why). Every command that needs a login.
int asUser(const AppConfig& config, const QString& user, const std::function<int(Counter&)>& work);

/// `pharmapos demo`: the built-in demo scenario on simulated devices, printed as it happens.
int runDemo(const AppConfig& config);
/// `pharmapos run-script FILE`: a JSON scenario of counter actions on simulated devices.
int runScript(const AppConfig& config, const QString& file, bool json);
/// `pharmapos audit verify --user NAME` (manager or administrator, password on stdin): re-computes
/// the audit chain; exit 1 names each altered, removed or reordered entry.
int runAuditVerify(const AppConfig& config, const QString& user);
/// `pharmapos verify --user NAME` (manager or administrator): the audit chain, the database file
/// (quick_check), every protected table against its seals (MACs with the store key) and the
/// anchors kept outside the data directory, each balance against the sum of its movements, each
/// sold box against its sale. Exit 0 intact, 1 naming every difference, 2 when the store cannot be
/// opened.
int runVerify(const AppConfig& config, const QString& user);
/// `pharmapos duty export --from D --to D --out FILE --user NAME` (password on stdin).
int runDutyExport(const AppConfig& config, const QString& user, const QDate& from, const QDate& to,
                  const QString& outPath);
/// `pharmapos users list | init-admin NAME | add NAME …` (passwords on stdin).
int runUsers(const AppConfig& config, const QStringList& args, const QString& actor,
             const QString& displayName, const QString& role, const QString& licence,
             const QString& insuranceCode);
/// `pharmapos inventory import-purchases FILE --user NAME`: a supplier's delivery note (CSV or
/// XLSX, its first sheet), received whole or not at all, with a verdict per row.
int runImportPurchases(const AppConfig& config, const QString& user, const QString& file);
/// `pharmapos inventory adjust --product C --batch B --kind K --pieces N --reason R --user NAME`.
int runAdjust(const AppConfig& config, const QString& user, const QString& productCode,
              const QString& batchNo, const QString& kindKey, qint64 pieces, const QString& reason);
/// `pharmapos ledger export --from D --to D --format csv --out FILE --user NAME`.
int runLedgerExport(const AppConfig& config, const QString& user, const QDate& from,
                    const QDate& to, const QString& format, const QString& outPath, bool journal);
/// `pharmapos stocktake start --out FILE | apply FILE --reason R` (--user, password on stdin).
int runStocktake(const AppConfig& config, const QStringList& args, const QString& user,
                 const QString& scope, const QString& outPath, const QString& reason);
/// `sale return SALE_NO --reason R --user U`: 销售退货 of a whole sale by a store manager.
/// DATA-TRACE: a box's chain (`code`) or a batch's boxes (`batchNo`), as text or JSON.
int runTrace(const AppConfig& config, const QString& user, const QString& code,
             const QString& batchNo, bool json);
int runSaleReturn(const AppConfig& config, const QString& user, const QString& saleNo,
                  const QString& reason);
/// REFUND-ORIGINAL: 2103 for a settled settlement of this month, the goods back (store manager).
int runSettleRefund(const AppConfig& config, const QString& user, const QString& settlementNo,
                    const QString& reason);
/// The daily reconciliation (3201, 3202 on a mismatch); exit 3 when it does not balance.
int runSettleReconcile(const AppConfig& config, const QString& user, const QString& date,
                       bool json);
/// `pharmapos devices list`: scanner candidates for installers — HID-POS interfaces on USB (VID:PID,
/// product, usage page 0x8C or not), keyboards under /dev/input/by-id, serial ports — with the
/// `scanner=` value to configure each. Prints "none found" when there are none.
int runDevicesList();
/// `pharmapos keys status | backup --out FILE [--force] --user ADMIN` (an administrator's login;
/// audited) and `keys restore --in FILE` (no login: the store cannot open without its key; the
/// key directory's permissions are the gate). `keys rotate` is not offered yet.
int runKeysCommand(const AppConfig& config, const CommandContext& context);
/// `pharmapos` (GUI): the counter window. `quitWhenReady` prints the start-up time and exits once
/// the checkout is shown (for the start-up benchmark).
int runGui(const AppConfig& config, bool quitWhenReady);

} // namespace pos::app
