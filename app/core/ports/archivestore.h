#pragma once

#include "app/core/archive/archivechain.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace pos {

/// Where the settlement archive's sealed records and their documents are kept (SETTLE-SLIP,
/// RX-ARCHIVE-2Y): append-only in sealing order, the documents and the records' content encrypted
/// (they hold the insured person, DATA-PRIVACY), the newest signed head beside them. It keeps what
/// the core sealed and checks nothing of the chain — archive::ChainVerifier does, over what this
/// gives back, so a store file edited behind its back is found out.
class ArchiveStore
{
public:
    virtual ~ArchiveStore() = default;

    /// The newest record, to chain the next one after; nullopt while none was sealed.
    [[nodiscard]] virtual Result<std::optional<archive::ArchiveRecord>> last() const = 0;
    /// Keeps `record` (sealed and signed) with its documents' plain bytes (by piece name) and makes
    /// it the head, in one durable transaction. Refused unless it follows the newest record
    /// (seq + 1, linked to its hash): two tills sealing at once cannot fork the chain.
    [[nodiscard]] virtual Status append(const archive::ArchiveRecord& record,
                                        const QMap<QString, QByteArray>& documents) = 0;
    /// Every record in storage order, one at a time: `visit` gets the stored number and the record
    /// (or why it cannot be read: not decryptable, not valid JSON). Returning false stops.
    [[nodiscard]] virtual Status forEach(
        const std::function<bool(qint64 storedSeq, const Result<archive::ArchiveRecord>&)>& visit)
        const = 0;
    /// A document of record `seq`; nullopt when it is not there.
    [[nodiscard]] virtual Result<std::optional<QByteArray>> document(qint64 seq,
                                                                     const QString& name) const = 0;
    /// The newest head as signed, kept beside the records; nullopt while none was sealed.
    [[nodiscard]] virtual Result<std::optional<archive::ArchiveHead>> head() const = 0;
    /// The records of a settlement or sale number, or of a prescription number, oldest first.
    [[nodiscard]] virtual Result<QList<archive::ArchiveRecord>>
    findBySubjectOrPrescription(const QString& number) const = 0;
};

} // namespace pos
