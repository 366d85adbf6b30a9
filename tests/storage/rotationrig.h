#pragma once

// The store a key-rotation test works on, shared by tst_keyrotation and rotation_worker (the
// child process it kills): a table of encrypted personal fields with a lookup hash, and a folder of
// sealed files, all derived from a row number so anyone can tell what each should decrypt to.

#include "app/core/ports/clock.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/sealedfilefolder.h"
#include "storage/crypto/sqlencryptedcolumns.h"
#include "storage/database.h"

#include <QDir>
#include <QString>

#include <memory>

namespace pos::rotationrig {

inline QString nameOf(int i)
{
    return QStringLiteral("测试姓名%1").arg(i, 3, 10, QLatin1Char('0'));
}
inline QString idOf(int i)
{
    return QStringLiteral("1101051990%1").arg(i, 8, 10, QLatin1Char('0'));
}
inline QByteArray fileContent(int i)
{
    QByteArray b(i * 70'000 + 1000, '\0');
    for (qsizetype k = 0; k < b.size(); ++k)
        b[k] = char((k * 31 + i) & 0xff);
    return b;
}

inline storage::crypto::KeyStoreSettings keySettings(const QString& root)
{
    storage::crypto::KeyStoreSettings s;
    s.keyDir = QDir(root).filePath(QStringLiteral("data.keys"));
    s.lockPath = QDir(root).filePath(QStringLiteral("data/.keyuse.lock"));
    return s;
}
inline QString dbPath(const QString& root)
{
    return QDir(root).filePath(QStringLiteral("data/pharmapos.sqlite"));
}
inline QString filesDir(const QString& root)
{
    return QDir(root).filePath(QStringLiteral("data/faces"));
}
inline QString progressPath(const QString& root)
{
    return QDir(root).filePath(QStringLiteral("data/key-rotation.progress"));
}

inline storage::crypto::SqlHolderSpec personSpec()
{
    return {QStringLiteral("person"),
            QStringLiteral("person"),
            QStringLiteral("ref"),
            {storage::crypto::SqlEncryptedColumn{QStringLiteral("name_enc"), {}},
             storage::crypto::SqlEncryptedColumn{
                 QStringLiteral("id_enc"),
                 {storage::crypto::SqlHashColumn{
                     QStringLiteral("id_hash"), PersonalKind::IdNumber, {}}}}},
            {}};
}

inline storage::crypto::SealedFileFolder::Spec folderSpec(const QString& root)
{
    storage::crypto::SealedFileFolder::Spec s;
    s.name = QStringLiteral("files:faces");
    s.dir = filesDir(root);
    s.nameFilters = {QStringLiteral("*.sealed")};
    s.kind = RetentionKind::FaceImage;
    s.what = QStringLiteral("faces");
    return s;
}

} // namespace pos::rotationrig
