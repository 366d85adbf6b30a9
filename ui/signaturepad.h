#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace pos::ui {

/// Where the patient signs (SETTLE-SLIP): on the touch screen facing the customer or with the
/// mouse/stylus of a signature pad that presents itself as a pointer. Keeps every stroke as
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

    QList<QList<Point>> m_strokes;
    QElapsedTimer m_clock;
    bool m_drawing = false;
};

} // namespace pos::ui
