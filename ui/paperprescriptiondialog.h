#pragma once

#include "app/core/result.h"
#include "app/core/rx/paperprescription.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace pos {
class Clock;
class ProductCatalog;
class ReviewService;
} // namespace pos

namespace pos::ui {

/// 纸质处方录入: the cashier copies a paper prescription into a form — header fields, a drug table
/// filled by scanning each box (or typing a code or name), optionally the scanned paper — and
/// "保存并送审" stores it into the pharmacist's queue (ReviewService::receive). Every check is
/// buildPaperPrescription()'s: a refusal is shown in red on the form, every problem named, and
/// nothing typed is lost. Widgets carry objectNames for tests (paperNo, issueTime, institutionName,
/// institutionCode, prescriberName, prescriberCode, diagnosisCode, diagnosisName, patientName,
/// patientId, insuranceType, itemType, attribute, longTerm, coveredDays, drugEntry, lines,
/// removeLine, attach, detach, scanLabel, save, message).
/// Thread: GUI. Holds references to the service, catalog and clock, which must outlive it.
class PaperPrescriptionDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Columns of the drug table; quantity, usage, dosage, frequency and days are editable.
    enum Column
    {
        DrugColumn,
        CodeColumn,
        QuantityColumn,
        UnitColumn,
        UsageColumn,
        DosageColumn,
        FrequencyColumn,
        DaysColumn,
        ColumnCount
    };

    PaperPrescriptionDialog(ReviewService& reviews, const ProductCatalog& catalog,
                            const Clock& clock, QWidget* parent = nullptr);

    /// What the form holds, as buildPaperPrescription() sees it.
    [[nodiscard]] PaperPrescriptionDraft draft() const;
    /// Adds a line (1 pack) for the product a scanned or typed code finds (ProductCatalog::findByCode),
    /// else the one product a name, code or 拼音简码 search finds. Refused, naming the candidates or
    /// the row, when nothing or several products match or the drug is already a line.
    Status addDrug(const QString& codeOrName);
    /// Attaches the photographed or scanned paper: a JPG, PNG or PDF of at most 10 MB.
    Status attachScan(const QString& path);
    /// 保存并送审: builds, stores into the review queue, emits received() and accepts; on refusal
    /// shows the problems and keeps the form as it is.
    Status save();

    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QTableWidget* linesTable() const { return m_lines; }

Q_SIGNALS:
    /// The prescription is stored and waits for the pharmacist; `rxNo` is its stored number
    /// (paperRxNo()), what PrescriptionDialog loads.
    void received(const QString& rxNo);

private:
    QLineEdit* addLineEdit(const QString& objectName, const QString& placeholder);
    void report(const Status& s, const QString& done);
    void removeCurrentLine();

    ReviewService& m_reviews;
    const ProductCatalog& m_catalog;
    const Clock& m_clock;
    QLineEdit* m_paperNo = nullptr;
    QDateTimeEdit* m_issueTime = nullptr;
    QLineEdit* m_institutionName = nullptr;
    QLineEdit* m_institutionCode = nullptr;
    QLineEdit* m_prescriberName = nullptr;
    QLineEdit* m_prescriberCode = nullptr;
    QLineEdit* m_diagnosisCode = nullptr;
    QLineEdit* m_diagnosisName = nullptr;
    QLineEdit* m_patientName = nullptr;
    QLineEdit* m_patientId = nullptr;
    QComboBox* m_insuranceType = nullptr;
    QComboBox* m_itemType = nullptr;
    QComboBox* m_attribute = nullptr;
    QCheckBox* m_longTerm = nullptr;
    QSpinBox* m_coveredDays = nullptr;
    QLineEdit* m_drugEntry = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_scanLabel = nullptr;
    QLabel* m_message = nullptr;
    QList<RxDrugLine> m_products; ///< per row: what the catalog gave (code, name, spec, unit)
    QByteArray m_scan;
    QString m_scanMime;
};

} // namespace pos::ui
