#include "moneyflowview.h"

#include "store/workspace.h"

#include <QDate>
#include <QDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace waymark::ui {

MoneyFlowView::MoneyFlowView(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(900, 560);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

bool MoneyFlowView::setAccount(std::shared_ptr<const network::MoneyFlow> flow, const QString& key)
{
    m_flow = std::move(flow);
    m_in.clear();
    m_out.clear();
    m_hiddenIn = m_hiddenOut = 0;
    m_account = m_flow ? m_flow->indexOf(key) : -1;
    if (m_account < 0) {
        update();
        return false;
    }
    const auto& flows = m_flow->flows();
    for (int f = 0; f < int(flows.size()); ++f) {
        if (flows[size_t(f)].to == m_account && flows[size_t(f)].from != m_account)
            m_in.push_back(f);
        else if (flows[size_t(f)].from == m_account && flows[size_t(f)].to != m_account)
            m_out.push_back(f);
    }
    auto byTotal = [&](int a, int b) { return flows[size_t(a)].total > flows[size_t(b)].total; };
    for (auto* side : { &m_in, &m_out }) {
        std::sort(side->begin(), side->end(), byTotal);
        const int hidden = std::max(0, int(side->size()) - maxPerSide);
        (side == &m_in ? m_hiddenIn : m_hiddenOut) = hidden;
        if (hidden)
            side->resize(maxPerSide);
    }
    update();
    return !m_in.empty() || !m_out.empty();
}

void MoneyFlowView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_flow || m_account < 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("No transfers for this account."));
        return;
    }
    const auto& flows = m_flow->flows();
    const auto& accounts = m_flow->accounts();
    const QLocale l;
    double maxTotal = 1;
    for (const auto* side : { &m_in, &m_out }) {
        for (int f : *side)
            maxTotal = std::max(maxTotal, flows[size_t(f)].total);
    }
    const QRectF area = QRectF(rect()).adjusted(20, 40, -20, -40);
    const QPointF centre = area.center();
    const QRectF centreBox(centre - QPointF(90, 28), QSizeF(180, 56));
    auto day = [](qint64 jd) { return QDate::fromJulianDay(jd).toString(Qt::ISODate); };
    auto drawSide = [&](const std::vector<int>& side, bool incoming) {
        const double x = incoming ? area.left() : area.right() - 310;
        const double step = side.empty() ? 0 : area.height() / double(side.size());
        for (size_t k = 0; k < side.size(); ++k) {
            const network::MoneyFlow::Flow& f = flows[size_t(side[k])];
            const auto& other = accounts[size_t(incoming ? f.from : f.to)];
            const QRectF box(x, area.top() + step * double(k) + step / 2 - 22, 310, 44);
            const QPointF a
                = incoming ? QPointF(box.right(), box.center().y()) : QPointF(centreBox.right(), centre.y());
            const QPointF b = incoming ? QPointF(centreBox.left(), centre.y()) : QPointF(box.left(), box.center().y());
            const double width = 1.5 + 10.0 * std::sqrt(f.total / maxTotal);
            QPainterPath path(a);
            path.cubicTo(QPointF((a.x() + b.x()) / 2, a.y()), QPointF((a.x() + b.x()) / 2, b.y()), b);
            const QColor colour = incoming ? QColor(0x00, 0x9e, 0x73, 170) : QColor(0xd5, 0x5e, 0x00, 170);
            p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            // An arrowhead where the money arrives.
            const QPointF tip = b, back = path.pointAtPercent(0.97);
            const QPointF d = tip - back;
            const double len = std::hypot(d.x(), d.y());
            if (len > 0) {
                const QPointF u = d / len, n(-u.y(), u.x());
                const double s = 6 + width;
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                p.drawPolygon(QPolygonF { tip, tip - u * s + n * s * 0.6, tip - u * s - n * s * 0.6 });
            }
            p.setPen(QPen(QColor(0x99, 0x99, 0x99)));
            p.setBrush(QColor(0xf7, 0xf7, 0xf7));
            p.drawRoundedRect(box, 4, 4);
            p.setPen(Qt::black);
            const QString amount = QStringLiteral("%1 %2").arg(l.toString(f.total, 'f', 0), f.currency);
            p.drawText(box.adjusted(6, 2, -6, -22), Qt::AlignLeft | Qt::AlignVCenter,
                p.fontMetrics().elidedText(other.label, Qt::ElideRight, 296));
            p.setPen(QColor(0x44, 0x44, 0x44));
            p.drawText(box.adjusted(6, 22, -6, -2), Qt::AlignLeft | Qt::AlignVCenter,
                p.fontMetrics().elidedText(
                    tr("%1 · %n transfer(s) · %2 – %3", nullptr, f.count).arg(amount, day(f.firstDay), day(f.lastDay)),
                    Qt::ElideRight, 296));
        }
    };
    drawSide(m_in, true);
    drawSide(m_out, false);
    p.setPen(QPen(Qt::black, 2));
    p.setBrush(QColor(0xff, 0xf2, 0xcc));
    p.drawRoundedRect(centreBox, 6, 6);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(centreBox, Qt::AlignCenter, accounts[size_t(m_account)].label);
    p.setFont(font());
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), 8, 400, 24), Qt::AlignLeft, tr("Money in"));
    p.drawText(QRectF(area.right() - 400, 8, 400, 24), Qt::AlignRight, tr("Money out"));
    QString caption = tr("Arrow width follows the total. ");
    if (m_hiddenIn || m_hiddenOut)
        caption += tr("Largest %1 each way shown; %2 more payers and %3 more payees not drawn.")
                       .arg(maxPerSide)
                       .arg(m_hiddenIn)
                       .arg(m_hiddenOut);
    p.drawText(QRectF(area.left(), height() - 30, area.width(), 24), Qt::AlignLeft, caption);
}

void MoneyFlowView::showFor(const QString& path, const QString& key, QWidget* parent)
{
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    auto flow = ws ? network::MoneyFlow::load(*ws.value()) : Result<network::MoneyFlow>(ws.error());
    if (!flow) {
        QMessageBox::warning(parent, tr("Money Flow"), flow.error().toString());
        return;
    }
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Money flow of %1").arg(key));
    auto* view = new MoneyFlowView(dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    view->setAccount(std::make_shared<const network::MoneyFlow>(std::move(flow).value()), key);
    dialog->resize(1100, 680);
    dialog->show();
}

} // namespace waymark::ui
