#pragma once

#include <QLabel>

class QTimer;

namespace pos {
class Clock;
namespace upload {
class UploadService;
}
} // namespace pos

namespace pos::ui {

/// The platform link at a glance, for the counter's status bar: a coloured dot and a few words —
/// green "医保平台 正常", amber when records wait for the manager or for verification, red
/// "医保平台 中断 12 分钟 · 待传 37" — the whole sentence in its tooltip. A click asks for the
/// manager's upload screen (`activated`).
class PlatformLinkIndicator final : public QLabel
{
    Q_OBJECT
public:
    PlatformLinkIndicator(upload::UploadService& service, const Clock& clock,
                          QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void activated();

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    upload::UploadService& m_service;
    const Clock& m_clock;
    QTimer* m_tick = nullptr;
};

} // namespace pos::ui
