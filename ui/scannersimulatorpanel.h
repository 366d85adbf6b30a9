#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace pos {
class ScanInjector;
}

namespace pos::ui {

/// The simulated scanner's own panel: type a code (or pick a sample) and "scan" it. What it sends
/// goes through the Scanner port exactly as a real scanner's scan would.
class ScannerSimulatorPanel final : public QWidget
{
    Q_OBJECT
public:
    /// `samples`: (label, code) pairs offered in the pick list.
    ScannerSimulatorPanel(ScanInjector& injector, const QList<QPair<QString, QString>>& samples,
                          QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* codeEdit() const { return m_code; }

public Q_SLOTS:
    void scanTyped();

private:
    ScanInjector& m_injector;
    QLineEdit* m_code = nullptr;
    QComboBox* m_samples = nullptr;
};

} // namespace pos::ui
