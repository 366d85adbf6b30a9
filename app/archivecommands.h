#pragma once

#include "app/commandtable.h"

#include <QDate>
#include <QTextStream>

namespace pos::app {

class Counter;

/// `pharmapos archive verify [--from D --to D]`: every record's hash, link and signature, the
/// newest head (the one kept apart too), the documents of the records sealed in the range, and the
/// settlements signed or refunded but not yet sealed. Prints what it checked, or each finding
/// naming the record; exit 0 intact, 1 with findings, 2 when the store cannot be read.
int runArchiveVerify(Counter& c, const QDate& from, const QDate& to, QTextStream& out,
                     QTextStream& err);
/// `pharmapos archive show SETTLEMENT|RXNO --user U`: the records of a settlement or prescription,
/// the insured person masked; each view audited (ViewSettlementEvidence).
int runArchiveShow(Counter& c, const QString& number, QTextStream& out, QTextStream& err);

/// `pharmapos archive binding --month YYYY-MM --user U`: the month's binding index (装订清单),
/// the records in sealing order; ViewSettlementEvidence, audited.
int runArchiveBinding(Counter& c, const QDate& month, QTextStream& out, QTextStream& err);

/// `pharmapos archive export SETTLEMENT|RXNO --out DIR --user U`: the inspector's bundle (the
/// documents, the sealed records, one PDF of them in order, SHA256SUMS and a verification sheet);
/// ExportSettlementEvidence, audited as an export of personal data.
int runArchiveExport(Counter& c, const QString& number, const QString& outDir, QTextStream& out,
                     QTextStream& err);

/// archive verify, archive show, archive export (archivecommands.cpp).
[[nodiscard]] QList<Subcommand> archiveSubcommands();

} // namespace pos::app
