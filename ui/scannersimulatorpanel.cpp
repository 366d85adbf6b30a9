#include "ui/scannersimulatorpanel.h"

#include "app/core/ports/scanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

ScannerSimulatorPanel::ScannerSimulatorPanel(ScanInjector& injector,
                                             const QList<QPair<QString, QString>>& samples,
                                             QWidget* parent)
    : QWidget(parent)
    , m_injector(injector)
{
    setObjectName(QStringLiteral("scannerSimulator"));
    auto* hint = new QLabel(tr("模拟扫码枪：输入或选择条码后按“扫描”。"
                               "扫描经扫码枪端口送达收银流程，与真实设备相同。"),
                            this);
    hint->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("simCodeEdit"));
    m_code->setPlaceholderText(tr("条码 / 追溯码"));
    m_code->setAttribute(Qt::WA_InputMethodEnabled, false);
    auto* scan = new QPushButton(tr("扫描"), this);
    scan->setObjectName(QStringLiteral("simScanButton"));
    m_samples = new QComboBox(this);
    // Long product names must not widen the panel (a 1024×768 counter): the list shows them whole.
    m_samples->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_samples->setMinimumContentsLength(16);
    m_samples->setObjectName(QStringLiteral("simSamples"));
    m_samples->addItem(tr("— 选择示例商品 —"), QString());
    for (const auto& [label, code] : samples)
        m_samples->addItem(label + QStringLiteral("  ") + code, code);

    connect(scan, &QPushButton::clicked, this, &ScannerSimulatorPanel::scanTyped);
    connect(m_code, &QLineEdit::returnPressed, this, &ScannerSimulatorPanel::scanTyped);
    connect(m_samples, &QComboBox::activated, this, [this](int index) {
        const QString code = m_samples->itemData(index).toString();
        if (!code.isEmpty())
            m_injector.inject(code.toUtf8());
        m_samples->setCurrentIndex(0);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_code);
    layout->addWidget(scan);
    layout->addWidget(m_samples);
    layout->addStretch();
}

void ScannerSimulatorPanel::scanTyped()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty())
        return;
    m_injector.inject(code.toUtf8());
    m_code->clear();
}

} // namespace pos::ui
