#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/productservice.h"
#include "app/core/ports/auditlog.h"
#include "storage/database.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakes.h"
#include "tests/support/teststore.h"
#include "ui/productmasterwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace pos;

namespace {
/// The product master screen over the shared test store (empty catalog).
struct Rig : testsupport::TestStore
{
    ui::ProductMasterWidget widget{products};

    QLineEdit* edit(ProductField f) const { return qobject_cast<QLineEdit*>(widget.editor(f)); }
    void type(ProductField f, const QString& text) const
    {
        QLineEdit* e = edit(f);
        e->clear();
        if (text.toLatin1() == text.toUtf8())
            QTest::keyClicks(e, text);
        else
            e->insert(text); // QTest::keyClicks types Latin-1 only
    }
};
} // namespace

class TestProductMasterWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addSearchAndEditAProductInTheForm()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        r.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r.widget));
        QCOMPARE(r.widget.table()->rowCount(), 0);

        r.type(ProductField::Code, QStringLiteral("P00100"));
        r.type(ProductField::GenericName, QStringLiteral("阿莫西林胶囊"));
        r.type(ProductField::TradeName, QStringLiteral("阿莫仙"));
        r.type(ProductField::Manufacturer, QStringLiteral("珠海联邦制药"));
        r.type(ProductField::DosageForm, QStringLiteral("胶囊剂"));
        r.type(ProductField::Spec, QStringLiteral("0.25g*24粒"));
        qobject_cast<QComboBox*>(r.widget.editor(ProductField::Category))
            ->setCurrentIndex(1); // 集采
        r.type(ProductField::InsuranceCode, QStringLiteral("XJ01CAA040E001010101483"));
        r.type(ProductField::Ceiling, QStringLiteral("15.00"));
        r.type(ProductField::Gtin, QStringLiteral("6901234567892"));
        r.type(ProductField::TracePrefix, QStringLiteral("8123456"));
        qobject_cast<QSpinBox*>(r.widget.editor(ProductField::StripsPerBox))->setValue(2);
        qobject_cast<QSpinBox*>(r.widget.editor(ProductField::PiecesPerStrip))->setValue(12);
        r.type(ProductField::Price, QStringLiteral("12.80"));
        r.type(ProductField::PiecePrice, QStringLiteral("0.6"));

        // The approval number is missing: refused, the field named and marked, nothing stored.
        QVERIFY(!r.widget.save());
        QVERIFY2(r.widget.messageText().contains(QStringLiteral("批准文号")),
                 qPrintable(r.widget.messageText()));
        QCOMPARE(r.widget.markedFields(), QList<ProductField>{ProductField::ApprovalNo});
        QCOMPARE(r.catalog.productCount(), 0);

        // An unreadable amount is named too.
        r.type(ProductField::ApprovalNo, QStringLiteral("国药准字H44021351"));
        r.type(ProductField::StripPrice, QStringLiteral("七元"));
        QVERIFY(!r.widget.save());
        QCOMPARE(r.widget.markedFields(), QList<ProductField>{ProductField::StripPrice});
        r.type(ProductField::StripPrice, QString());
        QTest::keyClick(&r.widget, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(r.catalog.productCount(), 1);
        QVERIFY(r.widget.markedFields().isEmpty());
        QVERIFY(r.widget.messageText().contains(QStringLiteral("已保存 P00100")));

        // Found by its 拼音简码, every field shown.
        QTest::keyClicks(r.widget.searchEdit(), QStringLiteral("amxl"));
        QCOMPARE(r.widget.table()->rowCount(), 1);
        QTableWidget* t = r.widget.table();
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("P00100"));
        QCOMPARE(t->item(0, 8)->text(), QStringLiteral("集采"));
        QCOMPARE(t->item(0, 12)->text(), QStringLiteral("8123456"));
        QCOMPARE(t->item(0, 18)->text(), QStringLiteral("1盒→2板→24粒"));
        QCOMPARE(t->item(0, 21)->text(), QStringLiteral("0.60"));

        // Edit: a price above the 集采 ceiling is refused by the rule; a lawful one is audited.
        r.widget.editRow(0);
        QVERIFY(r.edit(ProductField::Code)->isReadOnly());
        r.type(ProductField::Price, QStringLiteral("15.50"));
        QVERIFY(!r.widget.save());
        QVERIFY(r.widget.messageText().startsWith(QStringLiteral("PRICE-CEILING")));
        QCOMPARE(r.catalog.findByCode(QStringLiteral("P00100"))->price, Money::fromFen(1280));
        r.staff.audit.events.clear();
        r.type(ProductField::Price, QStringLiteral("13.50"));
        QVERIFY(r.widget.save());
        const QList<AuditEvent> changed = r.staff.audit.of(AuditAction::PriceChanged);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().actor, QStringLiteral("wangwu"));
        QVERIFY2(changed.first().detail.contains(QStringLiteral("¥12.80 → ¥13.50")),
                 qPrintable(changed.first().detail));
        QVERIFY(r.widget.messageText().contains(QStringLiteral("¥12.80 → ¥13.50")));
        QCOMPARE(r.catalog.findByCode(QStringLiteral("6901234567892"))->price,
                 Money::fromFen(1350));
    }

    void aScanFindsOrFillsAProduct()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        Product p = fakes::makeProduct(1, QStringLiteral("板蓝根颗粒"), 1280);
        QVERIFY(r.catalog.upsert({p}).ok());
        r.widget.takeScan(codes::recognise(p.gtin.toUtf8()));
        QCOMPARE(r.edit(ProductField::Code)->text(),
                 QStringLiteral("P00001")); // found, opened for editing
        r.widget.newProduct();
        r.widget.takeScan(codes::recognise("6901234567892"));
        QCOMPARE(r.edit(ProductField::Gtin)->text(), QStringLiteral("6901234567892"));
        r.widget.takeScan(codes::recognise("81234560000000000017"));
        QCOMPARE(r.edit(ProductField::TracePrefix)->text(), QStringLiteral("8123456"));
    }

    void aCashierIsRefusedByTheCore()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("zhangsan"));
        r.type(ProductField::Code, QStringLiteral("P00100"));
        QVERIFY(!r.widget.save());
        QVERIFY(r.widget.messageText().contains(QStringLiteral("STAFF-ROLES")));
        QCOMPARE(r.catalog.productCount(), 0);
    }
};

QTEST_MAIN(TestProductMasterWidget)
#include "tst_productmasterwidget.moc"
