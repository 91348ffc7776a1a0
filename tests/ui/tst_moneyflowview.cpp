#include "moneyflowview.h"
#include "network/moneyflow.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestMoneyFlowView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsAnAccountsPayersAndPayees()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 800, 2);
        QVERIFY(ws);
        auto flow = network::MoneyFlow::load(*ws);
        QVERIFY2(flow, qPrintable(flow.error().toString()));
        auto shared = std::make_shared<const network::MoneyFlow>(std::move(flow).value());
        ui::MoneyFlowView view;
        view.resize(1100, 680);
        // A planted controller's account: many payers in, money moved on.
        QVERIFY(view.setAccount(shared, QStringLiteral("ACC-R1")));
        QVERIFY(view.shownIn() > 0 && view.shownIn() <= ui::MoneyFlowView::maxPerSide);
        QVERIFY(view.shownOut() > 0 && view.shownOut() <= ui::MoneyFlowView::maxPerSide);
        // Every counterparty paying in is counted: shown plus not drawn is all of them.
        const int account = shared->indexOf(QStringLiteral("ACC-R1"));
        int payers = 0;
        for (const auto& f : shared->flows())
            payers += f.to == account && f.from != account;
        QCOMPARE(std::min(payers, ui::MoneyFlowView::maxPerSide), view.shownIn());
        const QImage image = view.grab().toImage();
        if (const QString shots = qEnvironmentVariable("WAYMARK_TEST_SHOTS"); !shots.isEmpty())
            image.save(shots + QStringLiteral("/moneyflow.png"));
        // Both colours of arrows are drawn: green in, orange out.
        int green = 0, orange = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                green += c.green() > c.red() + 40 && c.green() > c.blue();
                orange += c.red() > c.green() + 40 && c.red() > c.blue() + 80;
            }
        }
        QVERIFY2(green > 100 && orange > 100, qPrintable(QStringLiteral("%1 %2").arg(green).arg(orange)));
        QVERIFY(!view.setAccount(shared, QStringLiteral("NO-SUCH-ACCOUNT")));
    }
};

QTEST_MAIN(TestMoneyFlowView)
#include "tst_moneyflowview.moc"
