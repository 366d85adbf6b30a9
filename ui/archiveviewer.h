#pragma once

#include "app/core/archive/archivechain.h"
#include "app/core/ports/archivestore.h"

#include <QList>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pos {
class TraceService;
namespace archive {
class ArchiveReader;
}
} // namespace pos

namespace pos::ui {

/// The manager's archive screen (SETTLE-SLIP, RX-ARCHIVE-2Y, DATA-TRACE): finds the sealed records
/// of a settlement, sale or prescription number, of a person (masked), or of a box by its
/// traceability code; lists the days typed (2026-12-06, 2026-12-01..2026-12-06) or a month in
/// sealing order (the binding index, 装订清单); shows a record as `archive show` does (the
/// insured person masked) and opens its documents — the slip, the signature, the face, the
/// prescription — each checked against its sealed hash. Every search and every document opened goes
/// through the core's ArchiveReader: the permission is checked there (store manager) and the view
/// audited; a refusal or a changed document is shown as the core words it. The clip is played in
/// the evidence viewer (playClipRequested). `reader` and `trace` must outlive the widget.
class ArchiveViewer final : public QWidget
{
    Q_OBJECT
public:
    ArchiveViewer(archive::ArchiveReader& reader, TraceService* trace, QString storeName,
                  QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QDateEdit* monthEdit() const { return m_month; }
    [[nodiscard]] QListWidget* recordList() const { return m_records; }
    [[nodiscard]] QListWidget* documentList() const { return m_documents; }
    [[nodiscard]] QPlainTextEdit* detail() const { return m_detail; }
    [[nodiscard]] QLabel* picture() const { return m_picture; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    /// The records of the number or traceability code typed.
    void search();
    /// The binding index of the month chosen, its records listed to open one by one.
    void showMonth();
    /// Shows the record at `row` of the list with its documents.
    void showRecord(int row);
    /// Opens the selected record's document at `row`: a picture beside the text, text in it.
    void openDocument(int row);

Q_SIGNALS:
    /// The manager asked to play the clip of settlement `settlementNo`.
    void playClipRequested(const QString& settlementNo);

private:
    void listRecords(const QList<archive::ArchiveRecord>& records);
    /// Entries by number and settlement (a month's or days' list), each read when opened, with
    /// `sheet` beside them.
    void listEntries(const QList<ArchiveStore::Entry>& entries, const QStringList& sheet);
    void fail(const QString& text);

    archive::ArchiveReader& m_reader;
    TraceService* m_trace = nullptr;
    QString m_storeName;
    QLineEdit* m_search = nullptr;
    QDateEdit* m_month = nullptr;
    QListWidget* m_records = nullptr;
    QListWidget* m_documents = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QLabel* m_picture = nullptr;
    QLabel* m_message = nullptr;
    /// What the list shows: whole records (a search), or a month's or days' entries by number
    /// and settlement, read when one is opened.
    QList<archive::ArchiveRecord> m_shown;
    QList<QPair<qint64, QString>> m_monthEntries;
    std::optional<archive::ArchiveRecord> m_current;
};

} // namespace pos::ui
