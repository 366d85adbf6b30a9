#include "app/processhygiene.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace pos::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProcessHygiene)
};

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// Removes group and other bits; true when something changed.
Result<bool> tighten(const QString& path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法检查 %1：%2").arg(path, errnoText()));
    if (S_ISLNK(st.st_mode) || (st.st_mode & 077) == 0)
        return false;
    if (::chmod(QFile::encodeName(path).constData(), st.st_mode & 07700) != 0)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法收紧 %1 的权限：%2").arg(path, errnoText()));
    return true;
}

} // namespace

HardeningReport hardenProcess(bool counterProcess)
{
    HardeningReport r;
    ::umask(077);
    r.umaskSet = true;
    const struct rlimit none
    {
        0, 0
    };
    if (::setrlimit(RLIMIT_CORE, &none) == 0)
        r.coreDumpsOff = true;
    else
        r.problems << Tr::tr("无法关闭核心转储（RLIMIT_CORE）：%1").arg(errnoText());
    if (counterProcess) {
        if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
            r.notDumpable = true;
        else
            r.problems << Tr::tr("无法设置 PR_SET_DUMPABLE：%1").arg(errnoText());
    }
    return r;
}

Result<QStringList> secureDataDirectory(const QString& dataDir)
{
    QStringList changed;
    if (!QDir(dataDir).exists()) {
        if (!QDir().mkpath(QDir(dataDir).absolutePath()))
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法创建数据目录 %1").arg(dataDir));
    }
    Result<bool> root = tighten(dataDir);
    if (!root)
        return root.error();
    if (*root)
        changed << dataDir;
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        Result<bool> t = tighten(path);
        if (!t)
            return t.error();
        if (*t)
            changed << path;
    }
    return changed;
}

Result<bool> makeFilePrivate(const QString& path)
{
    return tighten(path);
}

void readLocalTimeZoneOnce()
{
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
}

} // namespace pos::app
