#pragma once

#include "app/core/archive/archivechain.h"
#include "app/core/result.h"

#include <QMap>
#include <QStringList>

namespace pos::storage {

/// One record of an inspector's bundle, as the core handed it out (documents checked).
struct BundleRecord
{
    archive::ArchiveRecord record;
    QMap<QString, QByteArray> documents; ///< present pieces by name
    QStringList description;             ///< archive::describeRecord(record, true)
};

/// Writes the inspector's bundle of `records` into `outDir` (created 0700; refused when it exists
/// and is not empty), every file 0600 (they hold the patient):
///   记录-000012/<each document>, 记录-000012/record.json (the sealed record as stored);
///   结算档案.pdf — per record its description and a hash sheet, then every document in reading
///   order (text as text, images drawn, a PDF original named with its hash, as it cannot be
///   embedded);
///   SHA256SUMS — every file above, for `sha256sum -c SHA256SUMS`;
///   核验说明.txt — each record's hash, the hash it links to, its signature, the store key's
///   fingerprint, and how to check.
/// Returns the files written, relative to outDir.
[[nodiscard]] Result<QStringList> writeArchiveBundle(const QList<BundleRecord>& records,
                                                     const QString& outDir,
                                                     const QString& keyFingerprint);

} // namespace pos::storage
