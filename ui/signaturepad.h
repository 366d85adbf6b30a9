#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QWidget>

namespace pos {
class SignatureTablet;
}

namespace pos::ui {

/// Where the patient signs (SETTLE-SLIP): on the touch screen facing the customer, with a stylus
/// that presents itself as a pointer, or on a signature pad (the SignatureTablet port) whose
/// surface is mapped, undistorted and centred, onto this one. Keeps every stroke as
/// points with their time since the first touch, draws them as they come, and gives the
/// signature as a PNG (white ground, black ink, the pad's size) and the strokes as JSON
/// ([[{"x":…, "y":…, "t":ms}, …], …]; coordinates in the pad's pixels) — both are kept with the
/// settlement. It decides nothing: an empty pad is refused by the core.
class SignaturePad final : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget* parent = nullptr);

    [[nodiscard]] bool isEmpty() const { return m_strokes.isEmpty(); }
    [[nodiscard]] int strokeCount() const { return int(m_strokes.size()); }
    /// The signature as a PNG; empty when nothing was signed.
    [[nodiscard]] QByteArray png() const;
    /// The strokes as compact JSON; empty when nothing was signed.
    [[nodiscard]] QByteArray strokesJson() const;
    [[nodiscard]] QSize sizeHint() const override { return {480, 160}; }
    /// "pad" when a stroke came from the signature pad, else "screen" — as the settlement keeps it.
    [[nodiscard]] QString method() const;
    /// Draws what the pen does on `tablet` (not owned; null detaches). Strokes already drawn stay.
    void attachTablet(SignatureTablet* tablet);
    /// Where the pad's surface lies on this widget (the whole widget, narrowed to the pad's
    /// proportions).
    [[nodiscard]] QRectF tabletArea() const;

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Point
    {
        QPointF at;
        qint64 ms = 0;
    };
    void paintStrokes(QPainter& painter) const;
    void startStroke(QPointF at);
    void extendStroke(QPointF at);
    void endStroke();
    [[nodiscard]] QPointF fromTablet(QPointF fraction) const;

    QList<QList<Point>> m_strokes;
    QElapsedTimer m_clock;
    bool m_drawing = false;
    bool m_usedTablet = false;
    QPointer<SignatureTablet> m_tablet;
};

} // namespace pos::ui
