#include "calibrationdialog.h"

#include "core/feedback.h"
#include "finance/calibration.h"
#include "finance/scorer.h"
#include "finance/typologystore.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

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

namespace waymark::ui {

struct CalibrationDialog::Outcome {
    finance::Calibration::Report report;
};

namespace {
QCustomPlot* makePlot(const QString& x, const QString& y)
{
    auto* plot = new QCustomPlot;
    plot->xAxis->setLabel(x);
    plot->yAxis->setLabel(y);
    plot->xAxis->setRange(0, 1);
    plot->yAxis->setRange(0, 1.02);
    plot->legend->setVisible(true);
    plot->setMinimumSize(420, 300);
    return plot;
}
} // namespace

CalibrationDialog::CalibrationDialog(const QString& workspacePath, QWidget* parent)
    : QDialog(parent)
    , m_path(workspacePath)
{
    setWindowTitle(tr("Calibrate Typologies"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* row = new QHBoxLayout;
    m_labels = new QLineEdit(this);
    m_labels->setPlaceholderText(tr("CSV with account_id,label[,typology]: 1 known case, 0 known clean"));
    m_labels->setText(QSettings().value(QStringLiteral("calibration/labels")).toString());
    m_labels->setAccessibleName(tr("Labelled accounts"));
    m_labels->setAccessibleDescription(m_labels->placeholderText());
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setToolTip(tr("Choose the CSV file of labelled accounts"));
    row->addWidget(m_labels, 1);
    row->addWidget(browse);
    form->addRow(tr("Labelled accounts"), row);
    m_lambda = new QDoubleSpinBox(this);
    m_lambda->setRange(0.001, 1000);
    m_lambda->setDecimals(3);
    m_lambda->setValue(1.0);
    m_lambda->setToolTip(tr("L2 regularisation: larger keeps the fitted weights closer to zero"));
    form->addRow(tr("Regularisation λ"), m_lambda);
    layout->addLayout(form);
    m_run = new QPushButton(tr("Calibrate"), this);
    m_run->setDefault(true);
    m_run->setToolTip(tr("Fit the typologies' weights to the labelled accounts and show how well they separate them"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the calibration (Esc)"));
    m_status = new QLabel(this);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_status, 1);
    layout->addLayout(runRow);

    m_tabs = new QTabWidget(this);
    m_weights = new QTableWidget(0, 7, this);
    m_weights->setHorizontalHeaderLabels({ tr("Typology"), tr("Indicator"), tr("Expert ln LR (hit)"),
        tr("Fitted ln LR (hit)"), tr("Expert ln LR (miss)"), tr("Fitted ln LR (miss)"), tr("Hits: cases / clean") });
    m_weights->horizontalHeader()->setStretchLastSection(true);
    m_weights->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weights->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    m_weights->setAccessibleName(tr("Weights"));
    m_weights->setAccessibleDescription(tr("Each indicator's expert and fitted log likelihood ratios, hit and miss"));
    m_tabs->addTab(m_weights, tr("Weights"));
    m_roc = makePlot(tr("False positive rate"), tr("True positive rate"));
    m_tabs->addTab(m_roc, tr("ROC"));
    m_pr = makePlot(tr("Recall"), tr("Precision"));
    m_tabs->addTab(m_pr, tr("Precision–recall"));
    m_calibration = makePlot(tr("Predicted probability"), tr("Observed share of cases"));
    m_tabs->addTab(m_calibration, tr("Calibration"));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Calibration report"));
    m_text->setAccessibleDescription(tr("The calibration's figures as text"));
    m_tabs->addTab(m_text, tr("Report"));
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Labelled Accounts"), m_labels->text(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setLabelsFile(path);
    });
    connect(m_run, &QPushButton::clicked, this, &CalibrationDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_job.cancel(); });
    m_job.onProgress(
        [this](double f, const QString&) { m_status->setText(tr("Scoring and fitting… %1 %").arg(qRound(f * 100))); });
    m_job.onFinished([this](Result<std::shared_ptr<Outcome>> outcome) {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        if (outcome)
            present(*outcome.value());
        else
            m_status->setText(outcome.error().toString());
        Q_EMIT finished(outcome.ok());
    });
    m_labels->setFocus();
    resize(980, 700);
}

CalibrationDialog::~CalibrationDialog() = default;

void CalibrationDialog::setLabelsFile(const QString& path)
{
    m_labels->setText(path);
    QSettings().setValue(QStringLiteral("calibration/labels"), path);
}

void CalibrationDialog::run()
{
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Scoring and fitting…"));
    const QString labels = m_labels->text();
    const double lambda = m_lambda->value();
    // The dialog's job waits for the worker before the dialog goes.
    m_job.start([path = m_path, labels, lambda](Feedback& feedback) -> Result<std::shared_ptr<Outcome>> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto read = finance::Calibration::readLabels(labels);
        if (!read)
            return read.error();
        auto typologies = finance::TypologyStore::current(*ws.value());
        if (!typologies)
            return typologies.error();
        const finance::Scorer scorer(typologies.value());
        auto report = finance::Calibration::run(*ws.value(), scorer, read.value(), {}, lambda, &feedback);
        if (!report)
            return report.error();
        if (Status st = finance::Calibration::save(*ws.value(), scorer, report.value()); !st)
            return st.error();
        auto out = std::make_shared<Outcome>();
        out->report = std::move(report).value();
        return out;
    });
}

QString CalibrationDialog::reportText() const
{
    return m_text->toPlainText();
}

void CalibrationDialog::plotCurves(
    QCustomPlot* plot, const finance::RankingMetrics& m, bool roc, const QString& name, QColor colour)
{
    QVector<double> x, y;
    if (roc) {
        for (const auto& p : m.roc)
            x << p.falsePositiveRate, y << p.truePositiveRate;
    } else {
        for (const auto& p : m.precisionRecall)
            x << p.recall, y << p.precision;
    }
    // A curve, not a function of x: keep the drawing order.
    auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
    curve->setData(x, y);
    curve->setName(name);
    curve->setPen(QPen(colour, 2));
}

void CalibrationDialog::present(const Outcome& o)
{
    const finance::Calibration::Report& r = o.report;
    const QLocale l;
    m_status->setText(tr("%1 labelled accounts matched; overall AUC %2")
                          .arg(l.toString(r.matched))
                          .arg(l.toString(r.overall.auc, 'f', 3)));
    m_text->setPlainText(r.toText());

    m_weights->setRowCount(0);
    for (const auto& t : r.typologies) {
        for (const auto& w : t.weights) {
            const int row = m_weights->rowCount();
            m_weights->insertRow(row);
            const QStringList cells { t.typology, w.indicator, l.toString(w.expertHit, 'f', 2),
                l.toString(w.fittedHit, 'f', 2), l.toString(w.expertMiss, 'f', 2), l.toString(w.fittedMiss, 'f', 2),
                QStringLiteral("%1 / %2").arg(w.hitsAmongCases).arg(w.hitsAmongClean) };
            for (int c = 0; c < cells.size(); ++c)
                m_weights->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
    m_weights->resizeColumnsToContents();

    static const QColor colours[] = { QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9) };
    for (QCustomPlot* plot : { m_roc, m_pr, m_calibration })
        plot->clearPlottables();
    plotCurves(m_roc, r.overall, true, tr("Overall, expert weights (AUC %1)").arg(l.toString(r.overall.auc, 'f', 3)),
        Qt::black);
    plotCurves(m_pr, r.overall, false, tr("Overall, expert weights"), Qt::black);
    int k = 0;
    for (const auto& t : r.typologies) {
        if (t.cases == 0 || t.clean == 0)
            continue; // no curve without labelled cases of both kinds
        const QColor c = colours[k++ % 5];
        plotCurves(
            m_roc, t.fitted, true, tr("%1, fitted (AUC %2)").arg(t.typology, l.toString(t.fitted.auc, 'f', 3)), c);
        plotCurves(m_pr, t.fitted, false, tr("%1, fitted").arg(t.typology), c);
    }
    // Calibration: observed share of cases against predicted probability, per bin.
    QVector<double> px, py;
    for (const auto& b : r.overall.calibration) {
        if (b.count > 0)
            px << b.meanPredicted, py << b.observedRate;
    }
    auto* diagonal = m_calibration->addGraph();
    diagonal->setData(QVector<double> { 0, 1 }, QVector<double> { 0, 1 });
    diagonal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    diagonal->setName(tr("Perfectly calibrated"));
    auto* observed = m_calibration->addGraph();
    observed->setData(px, py);
    observed->setPen(QPen(Qt::black, 2));
    observed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
    observed->setName(tr("Overall, expert weights"));
    for (QCustomPlot* plot : { m_roc, m_pr, m_calibration })
        plot->replot();
}

} // namespace waymark::ui
