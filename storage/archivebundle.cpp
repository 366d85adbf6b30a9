#include "storage/archivebundle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveBundle)
};

QString folderOf(const archive::ArchiveRecord& r)
{
    return QStringLiteral("记录-%1").arg(r.seq, 6, 10, QLatin1Char('0'));
}

Status writePrivate(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || f.write(data) != data.size()
        || !f.flush())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
    return {};
}

bool isImage(const QString& name)
{
    return name.endsWith(QStringLiteral(".png")) || name.endsWith(QStringLiteral(".jpg"));
}

bool isText(const QString& name)
{
    return name.endsWith(QStringLiteral(".txt")) || name.endsWith(QStringLiteral(".json"));
}

/// Pages of text and pictures on an A4 PDF, a line at a time.
class Pages
{
public:
    explicit Pages(QPdfWriter& pdf)
        : m_pdf(pdf)
    {
    }
    bool begin()
    {
        if (!m_p.begin(&m_pdf))
            return false;
        m_font = QFont(QStringLiteral("WenQuanYi Micro Hei"));
        m_font.setPixelSize(20);
        m_p.setFont(m_font);
        m_page = m_p.viewport();
        return true;
    }
    void newPage()
    {
        m_pdf.newPage();
        m_y = 0;
        ++m_pages;
    }
    /// A line; `mono` for documents laid out in columns (the slip as printed).
    void line(const QString& text, bool bold = false, bool mono = false)
    {
        QFont f = m_font;
        if (mono)
            f.setFamily(QStringLiteral("WenQuanYi Micro Hei Mono"));
        f.setBold(bold);
        m_p.setFont(f);
        const QFontMetrics fm(f);
        // Wrapped by width, never inside the page's bottom margin.
        QString rest = text;
        do {
            int n = rest.size();
            while (n > 1 && fm.horizontalAdvance(rest.left(n)) > m_page.width())
                --n;
            if (m_y + fm.height() > m_page.height())
                newPage();
            m_p.drawText(0, m_y + fm.ascent(), rest.left(n));
            m_y += fm.height() + 4;
            rest = rest.mid(n);
        } while (!rest.isEmpty());
        m_p.setFont(m_font);
    }
    void image(const QImage& img)
    {
        const QSize room(m_page.width(), m_page.height() - m_y);
        QSize size = img.size().scaled(room.boundedTo(img.size() * 3), Qt::KeepAspectRatio);
        if (size.height() < m_page.height() / 4 && room.height() < img.height()) {
            newPage();
            size = img.size().scaled(m_page.size().boundedTo(img.size() * 3), Qt::KeepAspectRatio);
        }
        m_p.drawImage(QRect(QPoint(0, m_y), size), img);
        m_y += size.height() + 8;
    }
    bool end() { return m_p.end(); }
    [[nodiscard]] int pages() const { return m_pages; }

private:
    QPdfWriter& m_pdf;
    QPainter m_p;
    QFont m_font;
    QRect m_page;
    int m_y = 0;
    int m_pages = 1;
};

} // namespace

Result<QStringList> writeArchiveBundle(const QList<BundleRecord>& records, const QString& outDir,
                                       const QString& keyFingerprint)
{
    QDir dir(outDir);
    if (dir.exists() && !dir.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 已存在且不是空目录：请指定新目录").arg(outDir));
    if (!QDir().mkpath(outDir)
        || !QFile::setPermissions(outDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法创建目录 %1").arg(outDir));

    QStringList written;
    QByteArray sums;
    QStringList sheet{Tr::tr("结算档案核验说明"), QString()};
    const auto keep = [&](const QString& relative, const QByteArray& data) -> Status {
        if (Status s = writePrivate(dir.filePath(relative), data); !s)
            return s;
        written << relative;
        sums += QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + "  "
                + relative.toUtf8() + '\n';
        return {};
    };
    for (const BundleRecord& b : records) {
        const QString folder = folderOf(b.record);
        if (!dir.mkpath(folder)
            || !QFile::setPermissions(dir.filePath(folder),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("无法创建目录 %1").arg(dir.filePath(folder)));
        for (const archive::ArchivePiece& p : b.record.pieces)
            if (p.missing.isEmpty())
                if (Status s = keep(folder + u'/' + p.name, b.documents.value(p.name)); !s)
                    return s.error();
        if (Status s = keep(folder + QStringLiteral("/record.json"), b.record.toJson()); !s)
            return s.error();
        sheet << Tr::tr("记录 #%1（%2）").arg(b.record.seq).arg(b.record.subject)
              << Tr::tr("  记录哈希（SHA-256，规范 JSON）：%1")
                     .arg(QString::fromLatin1(b.record.hash))
              << Tr::tr("  前一条记录的哈希：%1").arg(QString::fromLatin1(b.record.prevHash))
              << Tr::tr("  店铺密钥签名（base64）：%1")
                     .arg(QString::fromLatin1(b.record.signature.toBase64()));
        for (const archive::ArchivePiece& p : b.record.pieces)
            sheet << (p.missing.isEmpty()
                          ? QStringLiteral("  %1  %2").arg(QString::fromLatin1(p.sha256), p.name)
                          : Tr::tr("  （缺）%1：%2").arg(p.name, p.missing));
        sheet << QString();
    }
    sheet << Tr::tr("店铺密钥指纹：%1").arg(keyFingerprint)
          << Tr::tr("核对文件：在本目录运行 sha256sum -c SHA256SUMS（每行应为“成功”/OK）。")
          << Tr::tr("每件文档的 SHA-256 须与上列（即封存记录 record.json 中 pieces 所列）一致；"
                    "记录哈希与签名由门店以 pharmapos archive verify 核验。");

    // The PDF: each record's description and hash sheet, then its documents in reading order.
    const QString pdfName = QStringLiteral("结算档案.pdf");
    const QString pdfPath = dir.filePath(pdfName);
    {
        QPdfWriter pdf(pdfPath);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        pdf.setResolution(150);
        pdf.setTitle(Tr::tr("结算档案"));
        Pages pages(pdf);
        if (!pages.begin())
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法创建 %1").arg(pdfPath));
        bool first = true;
        for (const BundleRecord& b : records) {
            if (!first)
                pages.newPage();
            first = false;
            for (const QString& l : b.description)
                pages.line(l, l == b.description.first());
            int n = 0;
            for (const archive::ArchivePiece& p : b.record.pieces) {
                ++n;
                pages.newPage();
                pages.line(Tr::tr("记录 #%1 文档 %2/%3：%4")
                               .arg(b.record.seq)
                               .arg(n)
                               .arg(b.record.pieces.size())
                               .arg(p.name),
                           true);
                if (!p.missing.isEmpty()) {
                    pages.line(Tr::tr("缺：%1").arg(p.missing));
                    continue;
                }
                pages.line(QStringLiteral("SHA-256 %1").arg(QString::fromLatin1(p.sha256)));
                const QByteArray& data = b.documents.value(p.name);
                if (isImage(p.name)) {
                    const QImage img = QImage::fromData(data);
                    if (!img.isNull())
                        pages.image(img);
                    else
                        pages.line(Tr::tr("（图片无法显示，原件见 %1/%2）")
                                       .arg(folderOf(b.record), p.name));
                } else if (isText(p.name)) {
                    for (const QString& l : QString::fromUtf8(data).split(u'\n'))
                        pages.line(l, false, true);
                } else {
                    pages.line(Tr::tr("原件（%1 字节）不能嵌入本文件，见 %2/%3")
                                   .arg(data.size())
                                   .arg(folderOf(b.record), p.name));
                }
            }
        }
        if (!pages.end())
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(pdfPath));
    }
    QFile::setPermissions(pdfPath, QFile::ReadOwner | QFile::WriteOwner);
    QFile pdfFile(pdfPath);
    if (!pdfFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(pdfPath));
    sums += QCryptographicHash::hash(pdfFile.readAll(), QCryptographicHash::Sha256).toHex() + "  "
            + pdfName.toUtf8() + '\n';
    written << pdfName;
    if (Status s = writePrivate(dir.filePath(QStringLiteral("核验说明.txt")),
                                sheet.join(u'\n').toUtf8() + '\n');
        !s)
        return s.error();
    written << QStringLiteral("核验说明.txt");
    if (Status s = writePrivate(dir.filePath(QStringLiteral("SHA256SUMS")), sums); !s)
        return s.error();
    written << QStringLiteral("SHA256SUMS");
    return written;
}

} // namespace pos::storage
