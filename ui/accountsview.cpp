#include "accountsview.h"

#include "moneyflowview.h"

#include <QMetaMethod>

#include "finance/ledgerreader.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"
#include "finance/yardstick.h"
#include "store/workspace.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

// qcustomplot.h uses Qt's keyword macros, which this project turns off.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach

#include <algorithm>
#include <cmath>
#include <set>

namespace waymark::ui {

AccountsView::AccountsView(QWidget* parent)
    : QWidget(parent)
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_filter(new QLineEdit)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_thresholdLabel(new QLabel)
    , m_plot(new QCustomPlot)
    , m_explanation(new QPlainTextEdit)
{
    m_model->setHorizontalHeaderLabels(
        { tr("Rank"), tr("Account"), tr("Probability"), tr("Yardstick"), tr("Leading typology") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_filter->setPlaceholderText(tr("Filter accounts or typologies"));
    m_slider->setRange(0, 100);
    m_slider->setValue(50);
    m_explanation->setReadOnly(true);
    m_plot->setMinimumHeight(180);
    m_plot->xAxis->setLabel(tr("Date"));
    m_plot->yAxis->setLabel(tr("Amount"));
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    m_plot->xAxis->setTicker(ticker);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table);
    leftLayout->addWidget(m_slider);
    leftLayout->addWidget(m_thresholdLabel);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_plot);
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_moneyFlow = new QPushButton(tr("Money flow…"));
    m_moneyFlow->setToolTip(tr("Who paid into this account and where its money went, aggregated per counterparty"));
    m_moneyFlow->setEnabled(false);
    pageLayout->addWidget(m_moneyFlow, 0, Qt::AlignLeft);
    pageLayout->addWidget(m_explanation, 1);
    right->addWidget(page);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_moneyFlow, &QPushButton::clicked, this, [this] {
        if (m_currentKey.isEmpty())
            return;
        if (isSignalConnected(QMetaMethod::fromSignal(&AccountsView::moneyFlowRequested)))
            Q_EMIT moneyFlowRequested(m_currentKey); // the main window shows it in the link chart
        else
            MoneyFlowView::showFor(m_path, m_currentKey, this);
    });
    connect(m_slider, &QSlider::valueChanged, this, &AccountsView::updateThreshold);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                openAccount(m_proxy->index(current.row(), 0).data(Qt::UserRole).toLongLong());
        });
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { take(m_watcher->result()); });
    updateThreshold();
}

AccountsView::~AccountsView()
{
    m_watcher->waitForFinished();
}

AccountsView::Outcome AccountsView::compute(const QString& path)
{
    Outcome o;
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    if (!ws) {
        o.error = ws.error().toString();
        return o;
    }
    auto typologies = finance::TypologyStore::current(*ws.value());
    if (!typologies) {
        o.error = typologies.error().toString();
        return o;
    }
    const finance::Scorer scorer(typologies.value());
    o.typologies = typologies.value();
    auto run = finance::ScoreRun::run(*ws.value(), scorer, {}, [&](const finance::AccountScore& s) {
        if (s.scored)
            o.rows.push_back({ s.accountId, s.accountKey, s.probability,
                s.leading >= 0 ? scorer.typologies()[size_t(s.leading)].name : QString() });
    });
    if (!run)
        o.error = run.error().toString();
    std::stable_sort(
        o.rows.begin(), o.rows.end(), [](const Row& a, const Row& b) { return a.probability > b.probability; });
    return o;
}

void AccountsView::score(const QString& workspacePath)
{
    m_path = workspacePath;
    m_watcher->setFuture(QtConcurrent::run(&AccountsView::compute, workspacePath));
}

bool AccountsView::scoreNow(const QString& workspacePath)
{
    m_path = workspacePath;
    Outcome o = compute(workspacePath);
    const bool ok = o.error.isEmpty();
    take(std::move(o));
    return ok;
}

void AccountsView::take(Outcome outcome)
{
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(outcome.error);
        return;
    }
    // The account page explains with the typologies this run used.
    m_scorer = std::make_unique<finance::Scorer>(std::move(outcome.typologies));
    m_rows = std::move(outcome.rows);
    m_model->removeRows(0, m_model->rowCount());
    int rank = 0;
    for (const Row& r : m_rows) {
        QList<QStandardItem*> items;
        auto* rankItem = new QStandardItem;
        rankItem->setData(++rank, Qt::DisplayRole);
        rankItem->setData(r.accountId, Qt::UserRole);
        items << rankItem << new QStandardItem(r.key);
        auto* p = new QStandardItem(QString::number(r.probability * 100, 'f', 1) + QStringLiteral(" %"));
        p->setData(r.probability, Qt::UserRole + 1);
        items << p << new QStandardItem(finance::Yardstick::term(r.probability)) << new QStandardItem(r.leading);
        m_model->appendRow(items);
    }
    updateThreshold();
    Q_EMIT scoresReady();
}

int AccountsView::accountCount() const
{
    return int(m_rows.size());
}

void AccountsView::setThreshold(int percent)
{
    m_slider->setValue(percent);
}

int AccountsView::threshold() const
{
    return m_slider->value();
}

int AccountsView::alertCount() const
{
    const double t = m_slider->value() / 100.0;
    return int(std::count_if(m_rows.begin(), m_rows.end(), [t](const Row& r) { return r.probability >= t; }));
}

double AccountsView::expectedTrueAlerts() const
{
    const double t = m_slider->value() / 100.0;
    double sum = 0;
    for (const Row& r : m_rows)
        sum += r.probability >= t ? r.probability : 0;
    return sum;
}

QString AccountsView::thresholdText() const
{
    return m_thresholdLabel->text();
}

void AccountsView::updateThreshold()
{
    const double t = m_slider->value() / 100.0;
    m_thresholdLabel->setText(
        tr("Threshold %1 % (%2): %n alert(s), of which about %3 true cases expected", "", alertCount())
            .arg(m_slider->value())
            .arg(finance::Yardstick::term(t))
            .arg(expectedTrueAlerts(), 0, 'f', 1));
}

bool AccountsView::showAccount(int rank)
{
    if (rank < 0 || rank >= int(m_rows.size()))
        return false;
    openAccount(m_rows[size_t(rank)].accountId);
    return true;
}

QString AccountsView::explanation() const
{
    return m_explanation->toPlainText();
}

int AccountsView::markedTransactions() const
{
    return m_marked;
}

void AccountsView::openAccount(qint64 accountId)
{
    // One account's rows: a single indexed read, quick enough for the GUI thread.
    m_plot->clearGraphs();
    m_marked = 0;
    m_currentKey.clear();
    for (const Row& r : m_rows) {
        if (r.accountId == accountId)
            m_currentKey = r.key;
    }
    m_moneyFlow->setEnabled(!m_currentKey.isEmpty());
    if (!m_scorer)
        return;
    auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
    if (!ws) {
        m_explanation->setPlainText(ws.error().toString());
        return;
    }
    finance::LedgerReader::Options o;
    o.accountIds = { accountId };
    finance::AccountLedger ledger;
    const auto read = finance::LedgerReader::read(*ws.value(), o, [&](finance::AccountLedger& l) {
        std::swap(ledger, l);
        return true;
    });
    if (!read) {
        m_explanation->setPlainText(read.error().toString());
        return;
    }
    const finance::AccountScore s = m_scorer->score(ledger);
    m_explanation->setPlainText(m_scorer->explain(s));
    std::set<qint64> hits;
    for (const auto& t : s.typologies) {
        for (const auto& c : t.contributions)
            hits.insert(c.evidence.begin(), c.evidence.end());
    }
    QVector<double> inX, inY, outX, outY, hitX, hitY;
    for (const finance::LedgerEntry& e : ledger.entries) {
        const double x = QDateTime(
            QDate::fromJulianDay(e.day), QTime(std::max(0, int(e.minute)) / 60, std::max(0, int(e.minute)) % 60))
                             .toSecsSinceEpoch();
        (e.in ? inX : outX).append(x);
        (e.in ? inY : outY).append(e.amount);
        if (hits.count(e.id)) {
            hitX.append(x);
            hitY.append(e.amount);
        }
    }
    m_marked = int(hitX.size());
    auto addGraph = [this](const QVector<double>& x, const QVector<double>& y, const QColor& colour,
                        QCPScatterStyle::ScatterShape shape, double size, const QString& name) {
        QCPGraph* g = m_plot->addGraph();
        g->setData(x, y, true);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(shape, colour, size));
        g->setName(name);
    };
    addGraph(inX, inY, QColor(40, 120, 60), QCPScatterStyle::ssDisc, 4, tr("money in"));
    addGraph(outX, outY, QColor(60, 80, 160), QCPScatterStyle::ssDisc, 4, tr("money out"));
    addGraph(hitX, hitY, QColor(200, 30, 30), QCPScatterStyle::ssCircle, 9, tr("indicator hit"));
    m_plot->legend->setVisible(true);
    m_plot->rescaleAxes();
    m_plot->replot();
}

} // namespace waymark::ui
