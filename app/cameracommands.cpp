#include "app/cameracommands.h"

#include "app/commands.h"
#include "app/core/camera/evidenceaccess.h"
#include "app/core/camera/facequality.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencesealer.h"
#include "app/core/staff/session.h"
#include "app/counter.h"
#include "app/openstore.h"
#include "devices/camera/videoframeimage.h"
#include "devices/face/opencvfaceanalyzer.h"
#include "devices/recorder/evidencebackup.h"
#include "devices/recorder/fileevidencearchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pos::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CameraCommands)
};

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject boxJson(const QRect& r)
{
    return QJsonObject{{QStringLiteral("x"), r.x()},
                       {QStringLiteral("y"), r.y()},
                       {QStringLiteral("width"), r.width()},
                       {QStringLiteral("height"), r.height()}};
}

QJsonObject verdictJson(const camera::FaceVerdict& v)
{
    return QJsonObject{{QStringLiteral("verdict"), camera::verdictKey(v.kind)},
                       {QStringLiteral("words"), v.words},
                       {QStringLiteral("usable"), v.usable()},
                       {QStringLiteral("score"), rounded(v.score, 1)}};
}

/// "--from 2026-11-01" style options; false on an unknown option or a bad date.
bool dateOption(const QStringList& args, qsizetype& i, const QString& name, QDate* date)
{
    if (args.at(i) != name || i + 1 >= args.size())
        return false;
    *date = QDate::fromString(args.at(++i), Qt::ISODate);
    return date->isValid();
}
} // namespace

int runFaceCheck(const QStringList& images, const CameraSettings& settings, QTextStream& out,
                 QTextStream& err)
{
    if (images.isEmpty()) {
        err << Tr::tr("用法：pharmapos face check 图片…") << Qt::endl;
        return 2;
    }
    devices::FaceAnalyzerOptions options;
    options.minFaceFraction = settings.minFaceHeightPercent / 100.0 * 0.87;
    Result<std::unique_ptr<devices::OpenCvFaceAnalyzer>> analyzer =
        devices::OpenCvFaceAnalyzer::create(options);
    if (!analyzer) {
        err << analyzer.error().userText() << Qt::endl;
        return 2;
    }
    const camera::FaceQualityPolicy policy = settings.evidencePolicy().face;
    FaceAnalysisRequest request;
    request.profileWhenNoFace = true;
    request.measureEveryFace = true;
    QJsonArray results;
    bool allUsable = true;
    bool unreadable = false;
    for (const QString& path : images) {
        QImageReader reader(path);
        reader.setAutoTransform(true); // phone pictures carry their rotation in EXIF
        const QImage image = reader.read();
        if (image.isNull()) {
            err << Tr::tr("无法读取图片 %1：%2").arg(path, reader.errorString()) << Qt::endl;
            unreadable = true;
            continue;
        }
        const Result<camera::FrameAnalysis> a =
            (*analyzer)->analyse(devices::videoFrameFromImage(image, 0), request);
        if (!a) {
            err << path << QStringLiteral(": ") << a.error().userText() << Qt::endl;
            unreadable = true;
            continue;
        }
        QJsonArray faces;
        for (const camera::FaceMeasurement& f : a->faces) {
            QJsonObject o = verdictJson(camera::judgeFace(f, policy));
            o.insert(QStringLiteral("box"), boxJson(f.box));
            o.insert(QStringLiteral("heightPercent"), rounded(100.0 * f.heightFraction(), 1));
            o.insert(QStringLiteral("eyes"), f.eyesFound);
            o.insert(QStringLiteral("eyeOffset"), rounded(f.eyeOffset, 3));
            o.insert(QStringLiteral("profile"), f.profile);
            o.insert(QStringLiteral("sharpness"), rounded(f.sharpness, 4));
            o.insert(QStringLiteral("laplacianVariance"), rounded(f.laplacianVariance, 1));
            o.insert(QStringLiteral("brightness"), rounded(f.brightness, 1));
            o.insert(QStringLiteral("contrast"), rounded(f.contrast, 1));
            faces.append(o);
        }
        const camera::FaceVerdict v = camera::judgeFrame(*a, policy);
        allUsable = allUsable && v.usable();
        QJsonObject result = verdictJson(v);
        result.insert(QStringLiteral("image"), path);
        result.insert(QStringLiteral("width"), image.width());
        result.insert(QStringLiteral("height"), image.height());
        result.insert(QStringLiteral("subject"), v.subject);
        result.insert(QStringLiteral("frameBrightness"), rounded(a->frameBrightness, 1));
        result.insert(QStringLiteral("analysisMs"), rounded(a->analysisUs / 1000.0, 1));
        result.insert(QStringLiteral("faces"), faces);
        results.append(result);
    }
    out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    out.flush();
    if (unreadable)
        return 2;
    return allUsable ? 0 : 1;
}

int runVideoVerify(const QStringList& args, const CameraSettings& settings,
                   const EvidenceSealer& sealer, QTextStream& out, QTextStream& err)
{
    QDate from, to;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (!dateOption(args, i, QStringLiteral("--from"), &from)
            && !dateOption(args, i, QStringLiteral("--to"), &to)) {
            err << Tr::tr("用法：pharmapos video verify [--from 2026-11-01] [--to 2026-11-30]")
                << Qt::endl;
            return 2;
        }
    }
    if (from.isValid() && to.isValid() && to < from) {
        err << Tr::tr("--to 早于 --from") << Qt::endl;
        return 2;
    }
    const devices::EvidenceBackup backup({settings.videoDir, settings.backupDir,
                                          settings.retentionDays, settings.faceRetentionDays,
                                          &sealer});
    const QList<devices::EvidenceFinding> findings = backup.verify(from, to);
    if (findings.isEmpty()) {
        out << Tr::tr("结算录像完整：主存储与备份的每个文件都与清单一致（%1）")
                   .arg(settings.videoDir)
            << Qt::endl;
        return 0;
    }
    out << Tr::tr("结算录像有 %1 处问题：").arg(findings.size()) << Qt::endl;
    for (const devices::EvidenceFinding& f : findings) {
        QString line = QStringLiteral("  [%1]").arg(f.location);
        if (!f.settlementNo.isEmpty())
            line += u' ' + f.settlementNo;
        if (!f.file.isEmpty())
            line += u' ' + f.file;
        out << line << QStringLiteral("：") << f.problem << Qt::endl;
    }
    return 1;
}

int runVideoExport(const QStringList& args, camera::EvidenceAccess& access, QTextStream& out,
                   QTextStream& err)
{
    QString settlementNo, outPath;
    bool usage = false;
    for (qsizetype i = 0; i < args.size() && !usage; ++i) {
        if (args.at(i) == QStringLiteral("--out") && i + 1 < args.size())
            outPath = args.at(++i);
        else if (settlementNo.isEmpty() && !args.at(i).startsWith(u'-'))
            settlementNo = args.at(i);
        else
            usage = true;
    }
    if (usage || settlementNo.isEmpty() || outPath.isEmpty()) {
        err << Tr::tr("用法：pharmapos video export 结算单号 --out 文件.mkv --user 店长"
                      "（密码从标准输入读取）")
            << Qt::endl;
        return 2;
    }
    const Status s = access.exportClip(settlementNo, QFileInfo(outPath).absoluteFilePath());
    if (!s) {
        err << s.error().userText() << Qt::endl;
        return 1;
    }
    out << Tr::tr("已导出结算 %1 的录像：%2（清单：%2.manifest.json）")
               .arg(settlementNo, QFileInfo(outPath).absoluteFilePath())
        << Qt::endl;
    return 0;
}

namespace {

/// `video export` as the logged-in manager: an EvidenceAccess over that login's AccessControl
/// and the archive of `[camera] video_dir` (runVideoExport checks and audits).
int exportAs(Counter& c, const CameraSettings& cam, const QStringList& args, QTextStream& out,
             QTextStream& err)
{
    // Sealed segments are decrypted into .scratch for the join, deleted after.
    const devices::FileEvidenceArchive archive(
        cam.videoDir, cam.backupDir, c.evidenceSealer(),
        QDir(cam.videoDir).filePath(QStringLiteral(".scratch")));
    camera::EvidenceAccess access(archive, c.access());
    return runVideoExport(args, access, out, err);
}

} // namespace

QList<Subcommand> cameraSubcommands()
{
    return {
        {{QStringLiteral("face"), QStringLiteral("check")},
         QStringLiteral("IMAGE…"),
         QT_TRANSLATE_NOOP("commands",
                           "人脸检测：每张图片中的人脸、位置、质量与结论（JSON，无需登录）"),
         CommandNeeds::Store,
         false,
         [](const CommandContext& c) {
             return runFaceCheck(c.line.words().mid(2), *c.config->camera, c.out, c.err);
         }},
        {{QStringLiteral("video"), QStringLiteral("verify")},
         QStringLiteral("[--from D] [--to D]"),
         QT_TRANSLATE_NOOP("commands",
                           "校验结算录像及其备份：缺失或被改动的逐一列出（有问题退出码 1）"),
         CommandNeeds::Store,
         false,
         [](const CommandContext& c) {
             // The store's key decrypts (and authenticates) the sealed files to hash them.
             SystemClock clock;
             Result<std::unique_ptr<OpenStore>> store = OpenStore::open(*c.config, clock);
             if (!store) {
                 c.err << store.error().userText() << Qt::endl;
                 return 2;
             }
             return runVideoVerify(
                 c.line.words().mid(2)
                     + c.line.asWords({QStringLiteral("from"), QStringLiteral("to")}),
                 *c.config->camera, (*store)->evidenceSealer(), c.out, c.err);
         }},
        {{QStringLiteral("video"), QStringLiteral("export")},
         QStringLiteral("SETTLEMENT --out FILE"),
         QT_TRANSLATE_NOOP("commands", "导出一笔结算的录像与清单（店长，留审计）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) {
             const QStringList args =
                 c.line.words().mid(2) + c.line.asWords({QStringLiteral("out")});
             return asUser(*c.config, c.line.value(QStringLiteral("user")), [&](Counter& in) {
                 return exportAs(in, *c.config->camera, args, c.out, c.err);
             });
         }},
    };
}

} // namespace pos::app
