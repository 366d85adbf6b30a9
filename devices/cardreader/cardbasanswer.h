#pragma once

#include "app/core/ports/cardreader.h"
#include "app/core/result.h"

#include <QByteArrayView>

namespace pos::devices {

/// The largest answer accepted as a card's basic information. A real one is about 150 bytes
/// (eleven short fields); anything much larger is not one.
inline constexpr qsizetype kMaxCardBasAnswerBytes = 2048;

/// Reads a social-security card's basic information in the form the 人社部 reader interface
/// answers `iReadCardBas(int iType, char* pOutInfo)` (the function LD/T 6001.5-2023 tests),
/// GB18030/GBK text of eleven fields, each ended by '|':
///
///     发卡地区行政区划代码|社会保障号码|卡号|卡识别码|姓名|卡复位信息|规范版本|发卡日期|卡有效期|终端机编号|终端设备号|
///
/// The credential takes 社会保障号码 as certNo (the platform's mdtrt_cert_no for
/// mdtrt_cert_type 03), 卡识别码 as cardSn (1101's card_sn: the 32-character identifier issued
/// with the card, not the printed 卡号) and 姓名 as holderName. Fields past the eleventh
/// (extended answers) are ignored.
///
/// A pure function of its input: empty, truncated, oversized or undecodable answers, and fields
/// of the wrong shape, are errors saying what is wrong. The messages never contain a field's
/// value (DATA-PRIVACY).
[[nodiscard]] Result<CardCredential> parseCardBasAnswer(QByteArrayView answer);

} // namespace pos::devices
