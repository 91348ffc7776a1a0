#include "accountsview.h"

#include "customplot.h"
#include "evidencedragsource.h"
#include "plotlegend.h"

#include "core/feedback.h"
#include "finance/ledgerreader.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"
#include "reports/draftclaims.h"
#include "store/workspace.h"

#include <QDate>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace waymark::ui {

AccountsView::AccountsView(QWidget* parent)
    : QWidget(parent)
    , m_ranking(new finance::AccountRanking(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_filter(new QLineEdit)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_thresholdLabel(new QLabel)
    , m_plot(new QCustomPlot)
    , m_explanation(new QPlainTextEdit)
{
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(60);
    m_ranking->setLinkedBrush(tint);
    m_proxy->setSourceModel(m_ranking);
    m_proxy->setSortRole(finance::AccountRanking::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(finance::AccountRanking::Rank, Qt::AscendingOrder);
    m_filter->setPlaceholderText(tr("Filter accounts or typologies"));
    m_filter->setAccessibleName(tr("Filter accounts or typologies"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    m_slider->setAccessibleName(tr("Alert threshold"));
    m_explanation->setAccessibleName(tr("Why this score"));
    m_slider->setRange(0, 100);
    m_slider->setValue(50);
    m_explanation->setReadOnly(true);
    m_plot->setMinimumHeight(180);
    m_plot->xAxis->setLabel(tr("Date"));
    m_plot->yAxis->setLabel(tr("Amount"));
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    ticker->setTickCount(4);
    m_plot->xAxis->setTicker(ticker);
    PlotLegend::placeAbove(m_plot, 3);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table);
    leftLayout->addWidget(m_slider);
    m_progressRow = new QWidget;
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setFormat(tr("Scoring… %p%"));
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelScoring"));
    cancel->setToolTip(tr("Stop scoring; the list keeps the run it showed before (Esc)"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancel, &QPushButton::clicked, this, &AccountsView::cancelScoring);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(cancel);
    m_progressRow->hide();
    leftLayout->addWidget(m_progressRow);
    m_thresholdLabel->setWordWrap(true); // fits a laptop's width in every language
    leftLayout->addWidget(m_thresholdLabel);
    auto* right = new QSplitter(Qt::Vertical);
    m_plotStack = new QStackedWidget;
    auto* hint = new QLabel(tr("Choose an account to see its transactions over time, with the ones behind indicator "
                               "hits marked in red."));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    m_plotStack->addWidget(hint);
    m_plotStack->addWidget(m_plot);
    right->addWidget(m_plotStack);
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_moneyFlow = new QPushButton(tr("Money flow…"));
    m_moneyFlow->setToolTip(tr("Who paid into this account and where its money went, aggregated per counterparty"));
    m_moneyFlow->setEnabled(false);
    m_addAsEvidence = new QPushButton(tr("Add to report as evidence"));
    m_addAsEvidence->setToolTip(tr("Cite this account in the current judgement of the open report"));
    m_addAsEvidence->setEnabled(false);
    auto* pageButtons = new QHBoxLayout;
    pageButtons->addWidget(m_moneyFlow);
    pageButtons->addWidget(m_addAsEvidence);
    pageButtons->addStretch(1);
    pageLayout->addLayout(pageButtons);
    pageLayout->addWidget(m_explanation, 1);
    right->addWidget(page);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_moneyFlow, &QPushButton::clicked, this, [this] {
        if (!m_currentKey.isEmpty())
            Q_EMIT moneyFlowRequested(m_currentKey); // the main window shows it in the link chart
    });
    connect(m_addAsEvidence, &QPushButton::clicked, this, [this] {
        if (!m_currentKey.isEmpty())
            Q_EMIT addAsEvidence(m_currentKey);
    });
    // Ranked rows dragged onto a report's judgement are cited there.
    new EvidenceDragSource(m_table, [this](QPoint) {
        std::vector<reports::EvidenceMime::Item> items;
        for (const QModelIndex& row : m_table->selectionModel()->selectedRows(1))
            items.push_back({ reports::Evidence::Kind::Account, row.data().toString() });
        return items;
    });
    connect(m_slider, &QSlider::valueChanged, this, &AccountsView::updateThreshold);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid()) {
                const qint64 id = current.data(finance::AccountRanking::AccountIdRole).toLongLong();
                openAccount(id);
                Q_EMIT accountChosen(id);
            }
        });
    m_job.onFinished([this](Result<Outcome> outcome) { take(std::move(outcome)); });
    m_job.onProgress([this](double fraction, const QString&) { m_progress->setValue(int(fraction * 1000)); });
    m_accountJob.onFinished([this](Result<AccountPage> page) { showAccountPage(std::move(page)); });
    updateThreshold();
}

AccountsView::~AccountsView() = default;

QString AccountsView::typologyNotes(store::Workspace& ws, bool scoredNow)
{
    auto standings = finance::TypologyStore::standing(ws);
    if (!standings)
        return standings.error().toString();
    QStringList notes;
    for (const finance::TypologyStore::Standing& s : standings.value()) {
        const QString changes = s.changes.join(QStringLiteral("; "));
        if (s.origin == finance::TypologyStore::Standing::Origin::Upgraded && !scoredNow)
            notes << tr("The next run scores %1 with built-in version %2 instead of version %3 (%4).")
                         .arg(s.typology.name)
                         .arg(s.builtInVersion)
                         .arg(s.basedOn)
                         .arg(changes);
        else if (s.newerBuiltIn())
            notes << tr("%1: your edited version %2 is kept; built-in version %3 is newer than version %4 you edited "
                        "(%5). Typologies… can adopt it.")
                         .arg(s.typology.name)
                         .arg(s.storedVersion)
                         .arg(s.builtInVersion)
                         .arg(s.basedOn)
                         .arg(changes);
    }
    return notes.join(QLatin1Char('\n'));
}

Result<AccountsView::Outcome> AccountsView::compute(const QString& path, Feedback* feedback)
{
    Outcome o;
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    auto typologies = finance::TypologyStore::current(*ws.value());
    if (!typologies)
        return typologies.error();
    const finance::Scorer scorer(typologies.value());
    o.typologies = typologies.value();
    auto presentation = finance::ScorePresentation::load(*ws.value(), o.typologies);
    if (!presentation)
        return presentation.error();
    o.presentation = std::move(presentation).value();
    auto holders = finance::ScoreRun::holderNames(*ws.value());
    if (!holders)
        return holders.error();
    auto run = finance::ScoreRun::run(
        *ws.value(), scorer, {},
        [&](const finance::AccountScore& s) {
            if (s.scored)
                o.rows.push_back({ s.accountId, s.accountKey, o.presentation.verdict(s, scorer),
                    s.leading >= 0 ? scorer.typologies()[size_t(s.leading)].name : QString(),
                    holders->value(s.accountKey) });
        },
        feedback);
    if (!run)
        return run.error();
    o.runText = tr("Run %1, just now: %n account(s) scored.", "", int(run->scored)).arg(run->runId);
    if (const QString notes = typologyNotes(*ws.value(), true); !notes.isEmpty())
        o.runText += QLatin1Char('\n') + notes;
    o.runId = run->runId;
    return o;
}

Result<AccountsView::Outcome> AccountsView::loadStored(const QString& path)
{
    Outcome o;
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    auto stored = finance::ScoreRun::latest(*ws.value());
    if (!stored)
        return stored.error();
    if (stored->runId == 0) {
        // Nothing scored yet: the page explains with the current typologies.
        auto typologies = finance::TypologyStore::current(*ws.value());
        if (!typologies)
            return typologies.error();
        o.typologies = std::move(typologies).value();
        o.runText = tr("Not scored yet: score the accounts to rank them by the chance their holder is a trafficker.");
        return o;
    }
    o.typologies = std::move(stored->typologies);
    o.runId = stored->runId;
    auto presentation = finance::ScorePresentation::load(*ws.value(), o.typologies);
    if (!presentation)
        return presentation.error();
    o.presentation = std::move(presentation).value();
    for (auto& r : stored->rows)
        o.rows.push_back(
            { r.accountId, std::move(r.key), o.presentation.verdict(r.probability, r.leadingId, r.leadingLogOdds),
                std::move(r.leading), std::move(r.holder) });
    const QDateTime at = QDateTime::fromString(stored->at, Qt::ISODateWithMs);
    o.runText = tr("Run %1 of %2 by %3: %n account(s) scored. Score again to include later imports or edited "
                   "typologies.",
        "", int(o.rows.size()))
                    .arg(stored->runId)
                    .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), stored->by);
    if (const QString notes = typologyNotes(*ws.value(), false); !notes.isEmpty())
        o.runText += QLatin1Char('\n') + notes;
    return o;
}

void AccountsView::load(const QString& workspacePath)
{
    m_path = workspacePath;
    m_job.start([workspacePath](Feedback&) { return loadStored(workspacePath); });
}

bool AccountsView::loadNow(const QString& workspacePath)
{
    m_path = workspacePath;
    m_job.discard(); // superseded
    Result<Outcome> o = loadStored(workspacePath);
    const bool ok = o.ok();
    take(std::move(o));
    return ok;
}

QString AccountsView::runText() const
{
    return m_runText;
}

bool AccountsView::showAccountId(qint64 accountId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(finance::AccountRanking::AccountIdRole).toLongLong() == accountId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void AccountsView::score(const QString& workspacePath)
{
    if (m_job.isRunning())
        return;
    m_path = workspacePath;
    // Progress and Cancel under the list while the run goes on.
    m_progress->setValue(0);
    m_progressRow->show();
    m_job.start([workspacePath](Feedback& feedback) { return compute(workspacePath, &feedback); });
}

void AccountsView::cancelScoring()
{
    m_job.cancel();
}

bool AccountsView::isScoring() const
{
    return m_job.isRunning();
}

bool AccountsView::scoreNow(const QString& workspacePath)
{
    m_path = workspacePath;
    m_job.discard(); // superseded
    Result<Outcome> o = compute(workspacePath, nullptr);
    const bool ok = o.ok();
    take(std::move(o));
    return ok;
}

void AccountsView::take(Result<Outcome> result)
{
    m_progressRow->hide();
    if (!result) {
        Q_EMIT failed(result.error().toString());
        return;
    }
    Outcome& outcome = result.value();
    // The account page explains with the typologies this run used.
    m_accountJob.discard(); // a page being read was scored by the old run
    m_scorer = std::make_shared<const finance::Scorer>(std::move(outcome.typologies));
    m_presentation = std::make_shared<const finance::ScorePresentation>(std::move(outcome.presentation));
    m_ranking->setValueHeader(m_presentation->valueHeader());
    m_runText = outcome.runText;
    m_runId = outcome.runId;
    m_plotStack->setCurrentIndex(0);
    m_explanation->clear();
    m_currentKey.clear();
    m_moneyFlow->setEnabled(false);
    m_ranking->setRows(std::move(outcome.rows));
    // Every column as wide as its header and values, so no word is cut.
    m_table->resizeColumnsToContents();
    updateThreshold();
    Q_EMIT scoresReady();
}

void AccountsView::setLinked(std::vector<qint64> accountIds)
{
    m_ranking->setLinked(std::move(accountIds));
}

int AccountsView::linkedRowCount() const
{
    return m_ranking->linkedRowCount();
}

int AccountsView::accountCount() const
{
    return m_ranking->rowCount();
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
    return m_ranking->alertCount(m_slider->value() / 100.0);
}

double AccountsView::expectedTrueAlerts() const
{
    return m_ranking->expectedTrueAlerts(m_slider->value() / 100.0);
}

QString AccountsView::thresholdText() const
{
    return m_thresholdLabel->text();
}

void AccountsView::updateThreshold()
{
    if (!m_presentation || !m_presentation->anyCalibrated()) {
        m_thresholdLabel->setText(tr("Threshold score %1 / 100: %n alert(s). Uncalibrated scores rank accounts; they "
                                     "are not probabilities and give no expected number of true cases.",
            "", alertCount())
                                      .arg(m_slider->value()));
        return;
    }
    m_thresholdLabel->setText(tr("Threshold %1 (calibrated probability, or score / 100 where uncalibrated): %n "
                                 "alert(s), of which about %2 true cases expected among the calibrated ones",
        "", alertCount())
                                  .arg(m_slider->value())
                                  .arg(expectedTrueAlerts(), 0, 'f', 1));
}

bool AccountsView::showAccount(int rank)
{
    if (rank < 0 || rank >= m_ranking->rowCount())
        return false;
    openAccount(m_ranking->rows()[size_t(rank)].accountId);
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
    m_plot->clearGraphs();
    m_marked = 0;
    const int row = m_ranking->rowOf(accountId);
    m_currentKey = row >= 0 ? m_ranking->rows()[size_t(row)].key : QString();
    m_moneyFlow->setEnabled(!m_currentKey.isEmpty());
    m_addAsEvidence->setEnabled(!m_currentKey.isEmpty());
    if (!m_scorer) {
        m_accountJob.discard();
        return;
    }
    m_plotStack->setCurrentIndex(1);
    m_explanation->clear();
    m_plot->replot();
    // One account's rows and score, read on a connection of the worker's own.
    m_accountJob.start([path = m_path, scorer = m_scorer, presentation = m_presentation, accountId, runId = m_runId,
                           threshold = threshold() / 100.0](Feedback&) -> Result<AccountPage> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        finance::LedgerReader::Options o;
        o.accountIds = { accountId };
        AccountPage page;
        const auto read = finance::LedgerReader::read(*ws.value(), o, [&](finance::AccountLedger& l) {
            std::swap(page.ledger, l);
            return true;
        });
        if (!read)
            return read.error();
        page.score = scorer->score(page.ledger);
        page.explanation = presentation->explain(page.score, *scorer);
        // An alert says why it may be called one: the artefact checks of
        // the starter draft's alerts, before the log-odds detail.
        if (runId > 0 && page.score.scored && page.score.probability >= threshold) {
            auto checks = reports::DraftClaims::alert(*ws.value(), *scorer, runId, accountId, threshold);
            if (!checks)
                return checks.error();
            QString why = tr("Why this is an alert (artefact checks at the threshold):") + QLatin1Char('\n');
            for (const analysis::CheckResult& c : checks->results)
                why += QStringLiteral("• ") + c.text() + QLatin1Char('\n');
            const qsizetype detail = page.explanation.indexOf(QStringLiteral("\n\n"));
            page.explanation.insert(detail < 0 ? page.explanation.size() : detail + 1, why);
        }
        return page;
    });
}

bool AccountsView::isLoadingAccount() const
{
    return m_accountJob.isRunning();
}

void AccountsView::showAccountPage(Result<AccountPage> result)
{
    if (!result) {
        m_explanation->setPlainText(result.error().toString());
        return;
    }
    const AccountPage& page = result.value();
    const finance::AccountLedger& ledger = page.ledger;
    const finance::AccountScore& s = page.score;
    m_explanation->setPlainText(page.explanation);
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
    // Room around the outermost marks so none is cut at the frame.
    m_plot->xAxis->scaleRange(1.04);
    m_plot->yAxis->setRange(0, m_plot->yAxis->range().upper * 1.08);
    m_plot->replot();
}

} // namespace waymark::ui
