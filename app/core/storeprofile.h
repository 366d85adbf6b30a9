#pragma once

#include <QString>

namespace pos {

/// Who the store is, as receipts and platform envelopes name it.
struct StoreProfile
{
    QString name;          ///< e.g. 仁心大药房（八一大道店）
    QString fixmedinsCode; ///< 定点医药机构编号, 12 chars
    QString terminalId;    ///< the till, e.g. T01
    QString address;
    QString phone;
};

} // namespace pos
