#include "app/configkeys.h"

#include "app/core/privacy/retention.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace pos::app {

namespace {
/// Translation context "ConfigKeys" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigKeys)
};

constexpr ConfigType Text = ConfigType::Text;
constexpr ConfigType Integer = ConfigType::Integer;
constexpr ConfigType Switch = ConfigType::Switch;
constexpr ConfigType Choice = ConfigType::Choice;
constexpr ConfigType Pattern = ConfigType::Pattern;
constexpr ConfigType Special = ConfigType::Special;

// The ranges, and why:
//   max_failed_logins 1–20: more than 20 guesses is no lock at all (the value once wrapped and
//     disabled lockout); lockout_minutes 1–1440: a day at most, a manager can unlock sooner;
//   idle_lock_minutes 0–240: 0 turns the lock off (documented), 4 hours is a whole shift;
//   near_expiry_days 0–1095: three years is longer than most drugs' shelf life, beyond it every
//     batch would warn;
//   scanner_timeout_ms 5–5000, wedge_max_gap_ms 1–200: the gaps between a scanner's keystrokes
//     (a few ms) and a person's (100 ms and more); wedge_min_length 1–64: codes are 8–80 long;
//   printer_timeout_ms 1000–300000: a job waits at most 5 minutes for an unreachable printer.
const QList<ConfigKey> kKeys{
    {"store", "name", Text, 1, 60, "", "未命名药店",
     QT_TRANSLATE_NOOP("ConfigKeys", "门店名称，印在小票和导出的台账上"),
     "the store's name, printed on receipts and exports"},
    {"store", "fixmedins_code", Pattern, 0, 0, "P[0-9]{11}", "P36010200001",
     QT_TRANSLATE_NOOP("ConfigKeys", "定点零售药店的医保机构编码：P 加 11 位数字"),
     "the pharmacy's 定点医药机构编码: P and 11 digits"},
    {"store", "terminal", Pattern, 0, 0, "[A-Za-z0-9_-]{1,16}", "T01",
     QT_TRANSLATE_NOOP("ConfigKeys", "本机的终端号，用于单据号：1–16 个英文字母、数字、- 或 _"),
     "this till's terminal ID, part of document numbers: 1–16 letters, digits, - or _"},
    {"store", "address", Text, 0, 200, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "门店地址，印在小票上"), "the address printed on receipts"},
    {"store", "phone", Text, 0, 40, "", "", QT_TRANSLATE_NOOP("ConfigKeys", "门店电话，印在小票上"),
     "the phone number printed on receipts"},

    {"devices", "scanner", Special, 0, 0,
     "simulated | hidpos[:VID:PID] | evdev:/dev/input/by-id/… | serial:/dev/ttyACM0[@9600]",
     "simulated", QT_TRANSLATE_NOOP("ConfigKeys", "扫码枪（见“扫码枪”一节）"),
     "the scanner (see *Scanners*)"},
    {"devices", "scanner_suffix", Choice, 0, 0, "enter|cr|lf|crlf|tab|none", "enter",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口/串口扫码枪每次扫码结尾发送的字符"),
     "what a wedge or serial scanner sends at the end of a scan"},
    {"devices", "scanner_timeout_ms", Integer, 5, 5000, "", "50",
     QT_TRANSLATE_NOOP("ConfigKeys", "按键或字节之间停顿这么久也算一次扫码结束（毫秒）"),
     "a pause this long between keys or bytes also ends a scan (ms)"},
    {"devices", "scanner_aim_prefix", Switch, 0, 0, "", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "扫码枪在数据前发送 AIM 码制标识（如 ]d2）"),
     "the scanner sends its AIM identifier (]d2…) first"},
    {"devices", "scanner_gs_key", Special, 0, 0, "KEY_F8 …", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口扫码枪代替 GS 发送的按键名（Ctrl+] 总是可用）"),
     "a key a wedge scanner sends for GS (Ctrl+] always works)"},
    {"devices", "scanner_keyboard_fallback", Switch, 0, 0, "", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "在窗口里识别无法独占的键盘口扫码枪的快速输入"),
     "read wedge-scanner bursts in the window (see *Keyboard fallback*)"},
    {"devices", "wedge_max_gap_ms", Integer, 1, 200, "", "30",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口扫码：按键间隔不超过这么多毫秒才算扫码"),
     "keyboard fallback: the longest gap between a scan's keystrokes (ms)"},
    {"devices", "wedge_min_length", Integer, 1, 64, "", "6",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口扫码：至少这么多个字符才算扫码"),
     "keyboard fallback: the fewest characters a scan has"},
    {"devices", "wedge_prefix", Special, 0, 0, "none | enter | tab | characters (\\x02)", "none",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口扫码：扫码枪在数据前发送的字符"),
     "keyboard fallback: what the scanner types before a code"},
    {"devices", "wedge_suffix", Special, 0, 0, "enter | tab | none | characters", "enter",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口扫码：扫码枪在数据后发送的字符"),
     "keyboard fallback: what the scanner types after a code"},
    {"devices", "wedge_gs", Text, 0, 8, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口扫码：扫码枪代替 GS 输入的字符"),
     "keyboard fallback: the characters the scanner types for GS"},
    {"devices", "barcode_camera", Special, 0, 0, "off | simulated:PATH", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "从摄像头画面读码（目前为模拟摄像头：图片文件或目录）"),
     "codes read from a camera (the simulated one replays images at PATH)"},
    {"devices", "settlement_camera", Special, 0, 0,
     "off | simulated:PATH | v4l2:/dev/v4l/by-id/… | rtsp://… | http(s)://…", "off",
     QT_TRANSLATE_NOOP("ConfigKeys",
                       "结算区摄像头（CAM-FACE、CAM-VIDEO）：USB 摄像头、网络摄像头或模拟摄像头"),
     "the settlement area's camera (see *Settlement camera*)"},
    {"devices", "microphone", Special, 0, 0, "off | pulse[:SOURCE] | alsa:hw:1,0 | test", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "结算录像的声音来源（音像记录）"),
     "the sound of the settlement recording"},
    {"devices", "customer_display", Special, 0, 0, "auto | off | window | screen:N", "auto",
     QT_TRANSLATE_NOOP("ConfigKeys",
                       "顾客显示屏（录像告知、人脸取景、商品与金额）：auto 有第二块屏幕时全屏显示"),
     "the customer display (see *Customer display*); auto: full screen on a second screen"},
    {"devices", "receipt_printer", Special, 0, 0,
     "simulated | escpos-tcp:HOST[:PORT] | escpos-lp:/dev/usb/lp0 | escpos-usb[:VID:PID] | "
     "cups:QUEUE",
     "simulated", QT_TRANSLATE_NOOP("ConfigKeys", "小票打印机（见“打印机”一节）"),
     "the receipt printer (see *Printers*)"},
    {"devices", "printer", Special, 0, 0, "as receipt_printer", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "receipt_printer 的旧名"), "old name of receipt_printer"},
    {"devices", "paper", Choice, 0, 0, "80|58", "80",
     QT_TRANSLATE_NOOP("ConfigKeys", "小票纸宽（毫米）：80（48 列）或 58（32 列）"),
     "receipt paper width in mm: 80 (48 columns) or 58 (32)"},
    {"devices", "printer_width", Choice, 0, 0, "48|32", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "paper 的旧写法（列数）"), "old form of paper (columns)"},
    {"devices", "printer_text_mode", Choice, 0, 0, "gb18030|raster", "gb18030",
     QT_TRANSLATE_NOOP("ConfigKeys", "打印机自带中文字库用 gb18030，没有则 raster（图像）"),
     "gb18030 (the printer's Chinese font) or raster (drawn as an image)"},
    {"devices", "printer_reports_status", Switch, 0, 0, "", "yes",
     QT_TRANSLATE_NOOP("ConfigKeys", "打印机能回报状态（缺纸、开盖）"),
     "the printer reports its status (paper out, cover open)"},
    {"devices", "printer_barrier", Choice, 0, 0, "gs-h|gs-r", "gs-h",
     QT_TRANSLATE_NOOP("ConfigKeys", "确认打印完成的指令：GS ( H 或 GS r"),
     "how a job's completion is confirmed: GS ( H or GS r"},
    {"devices", "printer_timeout_ms", Integer, 1000, 300000, "", "30000",
     QT_TRANSLATE_NOOP("ConfigKeys", "一份打印任务最多等待打印机的时间（毫秒）"),
     "how long a job waits for the printer (ms)"},
    {"devices", "prescription_printer", Special, 0, 0, "as receipt_printer", "receipt_printer",
     QT_TRANSLATE_NOOP("ConfigKeys", "处方打印机，不设则与小票打印机相同"),
     "the prescription printer; the receipt printer unless set"},
    {"devices", "prescription_paper", Choice, 0, 0, "80|58", "paper",
     QT_TRANSLATE_NOOP("ConfigKeys", "处方打印机纸宽"), "the prescription printer's paper"},
    {"devices", "prescription_printer_text_mode", Choice, 0, 0, "gb18030|raster",
     "printer_text_mode", QT_TRANSLATE_NOOP("ConfigKeys", "处方打印机的文字方式"),
     "the prescription printer's text mode"},
    {"devices", "prescription_printer_reports_status", Switch, 0, 0, "", "printer_reports_status",
     QT_TRANSLATE_NOOP("ConfigKeys", "处方打印机能回报状态"),
     "the prescription printer reports its status"},
    {"devices", "prescription_printer_barrier", Choice, 0, 0, "gs-h|gs-r", "printer_barrier",
     QT_TRANSLATE_NOOP("ConfigKeys", "处方打印机的完成确认指令"),
     "the prescription printer's completion barrier"},
    {"devices", "prescription_printer_timeout_ms", Integer, 1000, 300000, "", "printer_timeout_ms",
     QT_TRANSLATE_NOOP("ConfigKeys", "处方打印任务最多等待的时间（毫秒）"),
     "how long a prescription job waits (ms)"},
    {"devices", "card_reader", Special, 0, 0,
     "simulated | vendor:/abs/path/lib.so | pcsc[:READER NAME]", "simulated",
     QT_TRANSLATE_NOOP("ConfigKeys",
                       "医保读卡器：厂商动态库（人社标准接口）、PC/SC 读卡器或模拟读卡器"),
     "the insurance-card reader (see *Card readers*)"},
    {"devices", "card_reader_timeout_ms", Integer, 1000, 120000, "", "15000",
     QT_TRANSLATE_NOOP("ConfigKeys", "厂商动态库读一次卡最多等待的时间（毫秒），超时即中止"),
     "how long a vendor library may take to read a card (ms)"},
    {"devices", "id_number_entry", Choice, 0, 0, "on|off", "on",
     QT_TRANSLATE_NOOP("ConfigKeys",
                       "读卡和电子凭证都不可用时，允许手工输入身份证号结算（就诊凭证类型 02）"),
     "settling by a typed ID number (mdtrt_cert_type 02) when no card or voucher can be read"},
    {"devices", "signature_pad", Special, 0, 0, "off | simulated | evdev:/dev/input/by-id/…", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "患者签名板（笔式数位板）：off 在屏幕或纸质结算单上签名"),
     "the pen pad the patient signs the settlement slip on (off: the screen or the paper slip)"},

    {"payment", "wallet", Choice, 0, 0, "off|simulated", "simulated",
     QT_TRANSLATE_NOOP("ConfigKeys", "微信/支付宝付款码收款：off 不收，simulated 模拟收单机构"),
     "WeChat Pay / Alipay by the customer's payment code: off, or the simulated provider"},
    {"payment", "cash_rounding", Choice, 0, 0, "none|fen|jiao", "none",
     QT_TRANSLATE_NOOP("ConfigKeys",
                       "现金抹零：none 不抹，fen 抹分（¥12.34 收 ¥12.30），jiao 抹角（收 ¥12.00）"),
     "cash rounding (抹零) of the cash rest: none, fen (drop the fen), jiao (drop jiao and fen)"},
    {"payment", "cashier_discount_percent", Integer, 0, 100, "", "0",
     QT_TRANSLATE_NOOP("ConfigKeys",
                       "收银员不经店长可自行让利的最大百分比（改价/折扣）；0 表示每次改价都须店长"),
     "what a cashier may take off a line's price without a manager (PRICE-OVERRIDE); 0: every "
     "price change needs a manager"},

    {"scanning", "unreceived_trace_code", Choice, 0, 0, "warn|refuse", "warn",
     QT_TRANSLATE_NOOP("ConfigKeys", "销售从未入库的追溯码：warn 提示后照卖，refuse 拒绝"),
     "selling a box whose code was never received: warn, or refuse"},
    {"scanning", "gs_substitute", Text, 0, 4, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "键盘口扫码枪代替 GS（0x1D）发送的字符，如 ~"),
     "what a wedge scanner types instead of GS (0x1D), e.g. ~"},

    {"inventory", "near_expiry_days", Integer, 0, 1095, "", "180",
     QT_TRANSLATE_NOOP("ConfigKeys", "有效期剩余少于这么多天的批次入库时提示近效期"),
     "receiving warns below this many days to expiry"},

    {"display", "kiosk", Switch, 0, 0, "", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "全屏收银：无窗口边框，只有店长能退出程序"),
     "full-screen counter: no window frame, only a store manager may quit"},
    {"security", "idle_lock_minutes", Integer, 0, 240, "", "5",
     QT_TRANSLATE_NOOP("ConfigKeys", "无操作这么多分钟后锁屏；0 为不锁"),
     "lock the screen after this many idle minutes; 0 never locks"},
    {"security", "max_failed_logins", Integer, 1, 20, "", "5",
     QT_TRANSLATE_NOOP("ConfigKeys", "连续输错这么多次密码后锁定账号"),
     "wrong passwords in a row that lock the account"},
    {"security", "lockout_minutes", Integer, 1, 1440, "", "15",
     QT_TRANSLATE_NOOP("ConfigKeys", "账号锁定的分钟数"), "how long a locked account stays locked"},
    {"security", "key_dir", Text, 0, 500, "", "DIR.keys",
     QT_TRANSLATE_NOOP("ConfigKeys", "门店密钥所在目录（0700），默认在数据目录旁边，不在其中"),
     "the store key's directory (0700); default beside the data directory, never inside it"},
    {"security", "anchor_dir", Text, 0, 500, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "数据库封印锚点的第二份存放处（备份盘或网络共享）"),
     "a second place for the seals' anchors: the backup disk or a share"},

    // [camera]: the settlement camera's recording (app/cameraconfig, CameraSettings). Its loader
    // adds the rules between keys: even width and height (H.264), free_space_warn_mb not below
    // free_space_floor_mb, backup_dir outside video_dir. Ranges: segments of 1 s to 5 min (a
    // segment is what a crash can leave unclosed, and the unit the clips are kept in); pre- and
    // post-roll up to 5 minutes; retention 1 day to 10 years (CAM-CONSENT: as short as the rules
    // allow); frames from 320×240 to 3840×2160 at 1–60 fps and 100 kbit/s–20 Mbit/s; a face from
    // 5% to 80% of the frame's height.
    {"camera", "video_dir", Text, 0, 500, "", "video",
     QT_TRANSLATE_NOOP("ConfigKeys", "结算录像与人脸图片的存放目录（相对于数据目录，或绝对路径）"),
     "where clips and face images are kept (relative to the data directory, or absolute)"},
    {"camera", "backup_dir", Text, 0, 500, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "录像与人脸的备份位置（CAM-BACKUP：另一块磁盘或网络共享）"),
     "the backup copy's location (CAM-BACKUP: another disk or a mounted share)"},
    {"camera", "segment_seconds", Integer, 1, 300, "", "10",
     QT_TRANSLATE_NOOP("ConfigKeys", "录像分段的长度（秒）"), "length of a recorded segment (s)"},
    {"camera", "pre_roll_seconds", Integer, 0, 300, "", "10",
     QT_TRANSLATE_NOOP("ConfigKeys", "结算开始前保留的录像（秒）"),
     "recording kept before a settlement starts (s)"},
    {"camera", "post_roll_seconds", Integer, 0, 300, "", "5",
     QT_TRANSLATE_NOOP("ConfigKeys", "小票打印后保留的录像（秒）"),
     "recording kept after the slip prints (s)"},
    {"camera", "free_space_floor_mb", Integer, 0, 10000000, "", "2048",
     QT_TRANSLATE_NOOP("ConfigKeys", "录像盘剩余空间低于此值（MB）时拒绝医保结算"),
     "below this much free space (MB) insured settlement is refused"},
    {"camera", "free_space_warn_mb", Integer, 0, 10000000, "", "2 × free_space_floor_mb",
     QT_TRANSLATE_NOOP("ConfigKeys", "录像盘剩余空间低于此值（MB）时提醒收银员"),
     "below this much free space (MB) the counter warns"},
    {"camera", "width", Integer, 320, 3840, "", "1280",
     QT_TRANSLATE_NOOP("ConfigKeys", "录像画面宽度（像素，偶数）"), "frame width (pixels, even)"},
    {"camera", "height", Integer, 240, 2160, "", "720",
     QT_TRANSLATE_NOOP("ConfigKeys", "录像画面高度（像素，偶数）"), "frame height (pixels, even)"},
    {"camera", "fps", Integer, 1, 60, "", "15", QT_TRANSLATE_NOOP("ConfigKeys", "每秒帧数"),
     "frames per second"},
    {"camera", "bitrate_kbps", Integer, 100, 20000, "", "1200",
     QT_TRANSLATE_NOOP("ConfigKeys", "H.264 码率（kbit/s）"), "H.264 bitrate (kbit/s)"},
    {"camera", "min_face_height_percent", Integer, 5, 80, "", "15",
     QT_TRANSLATE_NOOP("ConfigKeys", "人脸高度低于画面高度的这一比例时提示“离得太远”（%）"),
     "a face lower than this share of the frame's height is 离得太远 (%)"},

    // [retention]: how long personal data is kept (DATA-PRIVACY, CAM-CONSENT); each value is
    // checked by RetentionPolicy::fromSettings, which refuses one below its kind's legal minimum
    // by name. The counter's daily job and `pharmapos privacy retention run` apply them.
    {"retention", "faces", Special, 0, 0, "90d | 6m | 1y (d, m, y; a number alone is days)", "90d",
     QT_TRANSLATE_NOOP("ConfigKeys", "人脸图像保存期限（无法定最低期限，CAM-CONSENT：尽量短）"),
     "how long face images are kept (no legal minimum; CAM-CONSENT: shortest)"},
    {"retention", "clips", Special, 0, 0, "as faces", "180d",
     QT_TRANSLATE_NOOP("ConfigKeys", "结算录像保存期限（无法定最低期限）"),
     "how long settlement clips are kept (no legal minimum)"},
    {"retention", "cash_sale_personal", Special, 0, 0, "as faces", "90d",
     QT_TRANSLATE_NOOP("ConfigKeys", "现金销售中的个人信息保存期限（无法定最低期限）"),
     "how long personal fields of cash sales are kept (no legal minimum)"},
    {"retention", "ephedrine_register", Special, 0, 0, "as faces, ≥ 5y", "5y",
     QT_TRANSLATE_NOOP("ConfigKeys", "含麻黄碱药品购买人身份证号保存期限（不少于 5 年）"),
     "how long the ephedrine register's buyer ID numbers are kept (at least 5 years)"},
    {"retention", "prescription_archive", Special, 0, 0, "as faces, ≥ 2y", "2y",
     QT_TRANSLATE_NOOP("ConfigKeys", "处方内容与原件保存期限（不少于 2 年，RX-ARCHIVE-2Y）"),
     "how long prescription contents and originals are kept (at least 2 years, RX-ARCHIVE-2Y)"},
    {"retention", "settlement_archive", Special, 0, 0, "as faces, ≥ 2y", "2y",
     QT_TRANSLATE_NOOP("ConfigKeys", "医保结算档案保存期限（不少于 2 年，SETTLE-SLIP）"),
     "how long insured-settlement archives are kept (at least 2 years, SETTLE-SLIP)"},
    {"retention", "scan_journal_payload", Special, 0, 0, "as faces", "30d",
     QT_TRANSLATE_NOOP("ConfigKeys", "扫码日志中医保电子凭证、电子处方二维码内容的保存期限"),
     "how long scanned 医保电子凭证 / e-prescription payloads are kept in the scan journal"},

    // [platform]: the national platform link (app/platformconfig, PlatformSettings). Its loader
    // checks what depends on several keys (an https URL when link=https, a secrets file for an
    // authentication, retry_max_ms ≥ retry_min_ms, readable certificate files); the ranges here
    // are its ranges.
    {"platform", "link", Choice, 0, 0, "off|https", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "与医保平台的连接：off 只排队不发送，https 发送"),
     "off: records only queue; https: they are sent"},
    {"platform", "url", Text, 0, 500, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "平台接口地址（https://…/callService）"),
     "the platform's https:// service address"},
    {"platform", "path_template", Text, 0, 200, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "按交易号分路径时的路径模板，须含 {infno}"),
     "a path per transaction instead of one service URL; contains {infno}"},
    {"platform", "ca_file", Text, 0, 500, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "平台证书须链到的 CA 证书文件"),
     "the CA file the platform's certificate must chain to"},
    {"platform", "auth", Choice, 0, 0, "none|csb|tif|oauth2", "none",
     QT_TRANSLATE_NOOP("ConfigKeys", "网关认证方式"), "gateway authentication"},
    {"platform", "csb_api_name", Text, 0, 100, "", "hsa.fsi.{infno}",
     QT_TRANSLATE_NOOP("ConfigKeys", "CSB 接口名"), "CSB API name"},
    {"platform", "csb_api_version", Text, 0, 20, "", "1.0.0",
     QT_TRANSLATE_NOOP("ConfigKeys", "CSB 接口版本"), "CSB API version"},
    {"platform", "tif_service_id", Text, 0, 100, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "TIF 服务编号"), "TIF service ID"},
    {"platform", "oauth_token_url", Text, 0, 500, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "OAuth2 令牌地址（https）"), "OAuth2 token URL (https)"},
    {"platform", "oauth_scope", Text, 0, 200, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "OAuth2 范围"), "OAuth2 scope"},
    {"platform", "crypto", Choice, 0, 0, "off|on", "off",
     QT_TRANSLATE_NOOP("ConfigKeys", "国密加签加密（SM3withSM2、SM4）"),
     "national cryptography: SM3withSM2 cainfo, SM4 input/output"},
    {"platform", "platform_public_key", Text, 0, 500, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "验证平台应答签名的 SM2 公钥文件"),
     "the SM2 public key file that verifies answers"},
    {"platform", "secrets_file", Text, 0, 500, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "平台账号密钥文件（0600）"),
     "the service account's secrets file (0600)"},
    {"platform", "connect_timeout_ms", Integer, 100, 600000, "", "10000",
     QT_TRANSLATE_NOOP("ConfigKeys", "连接平台的超时（毫秒）"), "connection timeout (ms)"},
    {"platform", "request_timeout_ms", Integer, 100, 600000, "", "30000",
     QT_TRANSLATE_NOOP("ConfigKeys", "一次请求的超时（毫秒）"), "request timeout (ms)"},
    {"platform", "retry_min_ms", Integer, 10, 3600000, "", "2000",
     QT_TRANSLATE_NOOP("ConfigKeys", "重发的最短间隔（毫秒）"),
     "shortest wait before a retry (ms)"},
    {"platform", "retry_max_ms", Integer, 10, 86400000, "", "300000",
     QT_TRANSLATE_NOOP("ConfigKeys", "重发的最长间隔（毫秒）"), "longest wait before a retry (ms)"},
    {"platform", "unknown_grace_ms", Integer, 0, 3600000, "", "5000",
     QT_TRANSLATE_NOOP("ConfigKeys", "结果不明的请求等待多久再查询（毫秒）"),
     "how long an answer of unknown outcome is awaited (ms)"},
    {"platform", "poll_ms", Integer, 50, 3600000, "", "500",
     QT_TRANSLATE_NOOP("ConfigKeys", "检查上传队列的间隔（毫秒）"),
     "how often the queue is looked at (ms)"},
    {"platform", "msgid_block", Integer, 0, 9, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "同一机构编码下多台收银机各自数据库时，本机报文号的首位"),
     "this till's first message-ID digit (tills sharing a fixmedins_code)"},
    {"platform", "mdtrtarea_admvs", Pattern, 0, 0, "([0-9]{6})?", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "就医地医保区划：6 位行政区划代码（默认取机构编码第 2–7 位）"),
     "the 6-digit insurance area (default: digits 2–7 of fixmedins_code)"},
    {"platform", "recer_sys_code", Text, 0, 40, "", "PHARMAPOS",
     QT_TRANSLATE_NOOP("ConfigKeys", "接收方系统代码"), "recer_sys_code of every request"},
    {"platform", "dev_no", Text, 0, 100, "", "", QT_TRANSLATE_NOOP("ConfigKeys", "设备编号"),
     "dev_no of every request"},
    {"platform", "dev_safe_info", Text, 0, 100, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "设备安全信息"), "dev_safe_info of every request"},
    {"platform", "infver", Text, 0, 20, "", "V1.0", QT_TRANSLATE_NOOP("ConfigKeys", "接口版本号"),
     "infver of every request"},
    {"platform", "opter", Text, 0, 40, "", "0001", QT_TRANSLATE_NOOP("ConfigKeys", "经办人编号"),
     "opter of every request"},
    {"platform", "opter_name", Text, 0, 40, "", "", QT_TRANSLATE_NOOP("ConfigKeys", "经办人姓名"),
     "opter_name of every request"},
    {"platform", "opter_type", Text, 0, 4, "", "1", QT_TRANSLATE_NOOP("ConfigKeys", "经办人类别"),
     "opter_type of every request"},
    {"platform", "sign_expired_pattern", Text, 0, 200, "", "签到",
     QT_TRANSLATE_NOOP("ConfigKeys", "表示签到已过期的平台错误信息（正则表达式）"),
     "the err_msg that means the sign-in expired (a regular expression)"},
    {"platform", "mac", Text, 0, 40, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "签到（9001）上报的 MAC 地址"),
     "the MAC address 9001 sign-in reports"},
    {"platform", "ip", Text, 0, 60, "", "",
     QT_TRANSLATE_NOOP("ConfigKeys", "签到（9001）上报的 IP 地址"),
     "the IP address 9001 sign-in reports"},
};

QString id(QStringView section, QStringView key)
{
    return section.toString() + u'/' + key.toString();
}

/// Edit distance, for "did you mean": a typo is one or two edits away.
int distance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

/// "（是不是 max_failed_logins？）" for the known name nearest to `name`, or "".
template <typename Names> QString suggestion(QStringView name, const Names& names)
{
    QString best;
    int bestDistance = 3; // more than two edits away is not a typo
    for (const QString& n : names) {
        const int d = distance(name.toString().toLower(), n);
        if (d < bestDistance) {
            best = n;
            bestDistance = d;
        }
    }
    return best.isEmpty() ? QString() : Tr::tr("（是不是 %1？）").arg(best);
}

QString help(const ConfigKey& k)
{
    return QCoreApplication::translate("ConfigKeys", k.help);
}

Error entryError(const QString& path, const IniEntry& e, const QString& why)
{
    return makeError(ErrorCode::Configuration,
                     Tr::tr("配置文件 %1 第 %2 行：[%3] %4 = “%5” %6")
                         .arg(path)
                         .arg(e.line)
                         .arg(e.section, e.key, e.value.left(60).replace(u'\n', u' '), why));
}

bool switchValue(const QString& v, bool* on)
{
    const QString s = v.trimmed().toLower();
    if (s == u"on" || s == u"yes" || s == u"true" || s == u"1")
        *on = true;
    else if (s == u"off" || s == u"no" || s == u"false" || s == u"0")
        *on = false;
    else
        return false;
    return true;
}

/// Whole numbers only: digits with an optional sign, no spaces inside, no exponent or fraction,
/// and no overflow (eighteen digits at most, then the range decides).
std::optional<qint64> integerValue(const QString& v)
{
    static const QRegularExpression whole(QStringLiteral("^[+-]?[0-9]{1,18}$"));
    if (!whole.match(v).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

/// The value's problem against its key's type, or "".
QString problem(const ConfigKey& k, const QString& v)
{
    switch (k.type) {
    case ConfigType::Text: {
        if (v.size() < k.min || v.size() > k.max)
            return Tr::tr("长度不对：须为 %1（%2）").arg(allowedValues(k), help(k));
        // What is printed (the store's name, address) holds no control characters; a scanner's
        // characters ([devices], [scanning]) may.
        const bool printed = QLatin1String(k.section) == u"store";
        if (printed && std::any_of(v.cbegin(), v.cend(), [](QChar c) {
                return c.category() == QChar::Other_Control;
            }))
            return Tr::tr("含控制字符：须为 %1（%2）").arg(allowedValues(k), help(k));
        return {};
    }
    case ConfigType::Integer: {
        const std::optional<qint64> n = integerValue(v);
        if (!n)
            return Tr::tr("不是整数：须为 %1（%2）").arg(allowedValues(k), help(k));
        if (*n < k.min || *n > k.max)
            return Tr::tr("超出范围：须为 %1（%2）").arg(allowedValues(k), help(k));
        return {};
    }
    case ConfigType::Switch: {
        bool on = false;
        return switchValue(v, &on) ? QString()
                                   : Tr::tr("无效：须为 %1（%2）").arg(allowedValues(k), help(k));
    }
    case ConfigType::Choice: {
        const QStringList choices = QString::fromLatin1(k.values).split(u'|');
        return choices.contains(v.trimmed().toLower())
                   ? QString()
                   : Tr::tr("无效：须为 %1（%2）").arg(allowedValues(k), help(k));
    }
    case ConfigType::Pattern: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(QLatin1String(k.values)));
        return re.match(v.trimmed()).hasMatch() ? QString() : Tr::tr("格式不对：%1").arg(help(k));
    }
    case ConfigType::Special:
        // [retention]: the retention policy's own parser, which knows the legal minimums.
        if (QLatin1String(k.section) == u"retention") {
            const Result<RetentionPolicy> policy =
                RetentionPolicy::fromSettings({{QLatin1String(k.key), v.trimmed()}});
            return policy ? QString() : policy.error().message;
        }
        return {}; // its own parser decides, through ConfigValues::bad()
    }
    return {};
}
} // namespace

const QList<ConfigKey>& configKeys()
{
    return kKeys;
}

const ConfigKey* findConfigKey(QStringView section, QStringView key)
{
    for (const ConfigKey& k : kKeys)
        if (section == QLatin1String(k.section) && key == QLatin1String(k.key))
            return &k;
    return nullptr;
}

QString allowedValues(const ConfigKey& k)
{
    switch (k.type) {
    case ConfigType::Text:
        return k.min > 0 ? Tr::tr("%1–%2 个字符").arg(k.min).arg(k.max)
                         : Tr::tr("不超过 %1 个字符").arg(k.max);
    case ConfigType::Integer: return Tr::tr("%1–%2 的整数").arg(k.min).arg(k.max);
    case ConfigType::Switch: return Tr::tr("on 或 off（也可写 yes/no、true/false、1/0）");
    case ConfigType::Choice: return QString::fromLatin1(k.values).split(u'|').join(Tr::tr("、"));
    case ConfigType::Pattern:
    case ConfigType::Special: return help(k);
    }
    return {};
}

QString configKeysMarkdown()
{
    QString out =
        QStringLiteral("| Section | Key | Accepts | Default | What |\n|---|---|---|---|---|\n");
    for (const ConfigKey& k : kKeys) {
        QString accepts;
        switch (k.type) {
        case ConfigType::Text:
            accepts = k.min > 0 ? QStringLiteral("text, %1–%2 characters").arg(k.min).arg(k.max)
                                : QStringLiteral("text, ≤ %1 characters").arg(k.max);
            break;
        case ConfigType::Integer:
            accepts = QStringLiteral("integer %1–%2").arg(k.min).arg(k.max);
            break;
        case ConfigType::Switch:
            accepts = QStringLiteral("on/off (yes/no, true/false, 1/0)");
            break;
        case ConfigType::Choice:
            accepts = QString::fromLatin1(k.values).split(u'|').join(QStringLiteral(" \\| "));
            break;
        case ConfigType::Pattern:
            accepts = QStringLiteral("`%1`").arg(QLatin1String(k.values));
            break;
        case ConfigType::Special:
            accepts = QString::fromUtf8(k.values).replace(u'|', QStringLiteral("\\|"));
            break;
        }
        const QString def = QString::fromUtf8(k.defaultValue);
        out += QStringLiteral("| `[%1]` | `%2` | %3 | %4 | %5 |\n")
                   .arg(QLatin1String(k.section), QLatin1String(k.key), accepts,
                        def.isEmpty() ? QStringLiteral("—") : def, QString::fromUtf8(k.doc));
    }
    return out;
}

// ---- ConfigValues ------------------------------------------------------------------------------

Result<ConfigValues> ConfigValues::check(const IniFile& ini)
{
    ConfigValues values;
    values.m_path = ini.path();
    QStringList sectionNames;
    for (const ConfigKey& k : kKeys)
        if (!sectionNames.contains(QLatin1String(k.section)))
            sectionNames << QLatin1String(k.section);
    for (const auto& [section, line] : ini.sections()) {
        if (!sectionNames.contains(section))
            return makeError(ErrorCode::Configuration,
                             Tr::tr("配置文件 %1 第 %2 行：未知的节 [%3]%4，可用的节：%5")
                                 .arg(ini.path())
                                 .arg(line)
                                 .arg(section, suggestion(section, sectionNames),
                                      sectionNames.join(Tr::tr("、"))));
    }
    for (const IniEntry& e : ini.entries()) {
        const ConfigKey* k = findConfigKey(e.section, e.key);
        if (!k) {
            QStringList inSection, elsewhere;
            for (const ConfigKey& c : kKeys)
                (e.section == QLatin1String(c.section) ? inSection : elsewhere)
                    << QLatin1String(c.key);
            QString hint = suggestion(e.key, inSection);
            // Keys that moved: say where to.
            if (e.section == QLatin1String("camera") && e.key == QLatin1String("retention_days"))
                hint = Tr::tr("（录像与人脸的保留期限已移到 [retention] clips 与 faces）");
            if (hint.isEmpty())
                for (const ConfigKey& c : kKeys)
                    if (e.key == QLatin1String(c.key))
                        hint = Tr::tr("（%1 属于 [%2]）").arg(e.key, QLatin1String(c.section));
            return makeError(ErrorCode::Configuration,
                             Tr::tr("配置文件 %1 第 %2 行：[%3] 里没有 %4 这个键%5；PharmaPOS "
                                    "不会忽略写错的键，请改正或删去这一行（所有的键见 README "
                                    "“Store configuration”）")
                                 .arg(ini.path())
                                 .arg(e.line)
                                 .arg(e.section, e.key, hint));
        }
        if (const QString why = problem(*k, e.value); !why.isEmpty())
            return entryError(ini.path(), e, why);
        values.m_entries.insert(id(e.section, e.key), e);
    }
    return values;
}

const IniEntry* ConfigValues::entry(const char* section, const char* key) const
{
    const QString s = QString::fromLatin1(section);
    const QString k = QString::fromLatin1(key);
    Q_ASSERT(findConfigKey(s, k)); // only keys of the table are read
    const auto it = m_entries.constFind(id(s, k));
    return it == m_entries.cend() ? nullptr : &*it;
}

bool ConfigValues::has(const char* section, const char* key) const
{
    return entry(section, key) != nullptr;
}

QString ConfigValues::text(const char* section, const char* key, const QString& fallback) const
{
    const IniEntry* e = entry(section, key);
    return e ? e->value : fallback;
}

qint64 ConfigValues::integer(const char* section, const char* key, qint64 fallback) const
{
    const IniEntry* e = entry(section, key);
    return e ? integerValue(e->value).value_or(fallback) : fallback;
}

bool ConfigValues::isOn(const char* section, const char* key, bool fallback) const
{
    const IniEntry* e = entry(section, key);
    bool on = fallback;
    return e && switchValue(e->value, &on) ? on : fallback;
}

QString ConfigValues::choice(const char* section, const char* key, const QString& fallback) const
{
    const IniEntry* e = entry(section, key);
    return e ? e->value.trimmed().toLower() : fallback;
}

Error ConfigValues::bad(const char* section, const char* key, const QString& why) const
{
    if (const IniEntry* e = entry(section, key))
        return entryError(m_path, *e, why);
    return makeError(ErrorCode::Configuration,
                     Tr::tr("配置文件 %1：[%2] %3 %4")
                         .arg(m_path, QLatin1String(section), QLatin1String(key), why));
}

} // namespace pos::app
