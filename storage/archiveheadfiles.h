#pragma once

#include "app/core/ports/archivestore.h"

#include <QStringList>

namespace pos::storage {

/// ArchiveHeadCopies as small files outside the data directory — one in the key directory, one in
/// the anchor directory when configured — each `{"seq":…,"hash":"…","sig":"…"}`, replaced at
/// every seal by write, fsync, rename and directory fsync, so a crash leaves the old head or the
/// new one and never half of either. The signature is the store key's; this class checks nothing.
class ArchiveHeadFiles final : public ArchiveHeadCopies
{
public:
    /// `paths`: the files (created 0600, their directories must exist or be creatable 0700).
    explicit ArchiveHeadFiles(QStringList paths)
        : m_paths(std::move(paths))
    {
    }

    [[nodiscard]] Status keep(const archive::ArchiveHead& head) override;
    [[nodiscard]] Result<std::optional<archive::ArchiveHead>> newest() const override;
    [[nodiscard]] QStringList places() const override { return m_paths; }

    /// The file name the copies use ("archive-head.json").
    static constexpr const char* kFileName = "archive-head.json";

private:
    QStringList m_paths;
};

} // namespace pos::storage
