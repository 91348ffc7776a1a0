#include "typologyeditor.h"

#include "finance/indicatorlibrary.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
enum Column { Indicator, HitLr, MissLr, Rationale, ColumnCount };
}

TypologyEditor::TypologyEditor(const QString& workspacePath, QWidget* parent)
    : QDialog(parent)
    , m_path(workspacePath)
{
    setWindowTitle(tr("Typologies"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_typology = new QComboBox(this);
    m_typology->setToolTip(tr("The typology whose weights are shown and edited"));
    form->addRow(tr("Typology"), m_typology);
    m_prior = new QDoubleSpinBox(this);
    m_prior->setDecimals(4);
    m_prior->setRange(0.0001, 0.5);
    m_prior->setSingleStep(0.001);
    m_prior->setToolTip(tr("The share of account holders who fit this typology before any evidence"));
    form->addRow(tr("Prior probability"), m_prior);
    layout->addLayout(form);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        { tr("Indicator"), tr("Likelihood ratio if it fires"), tr("Likelihood ratio if it does not"), tr("Why") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (and visits its ratio boxes); arrows move in it
    m_table->setAccessibleName(tr("Indicators and their weights"));
    m_table->setToolTip(tr("A likelihood ratio above 1 raises the odds, below 1 lowers them; from %1 to %2")
                            .arg(finance::TypologyReader::minLr)
                            .arg(finance::TypologyReader::maxLr));
    m_table->setAccessibleDescription(m_table->toolTip());
    layout->addWidget(m_table, 1);
    // A newer built-in than the analyst's edit: said above the status, with
    // the way to adopt it.
    auto* noticeRow = new QHBoxLayout;
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();
    noticeRow->addWidget(m_notice, 1);
    m_adopt = new QPushButton(this);
    m_adopt->hide();
    noticeRow->addWidget(m_adopt);
    layout->addLayout(noticeRow);
    connect(m_adopt, &QPushButton::clicked, this, &TypologyEditor::adoptBuiltIn);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setToolTip(tr("Store the weights as a new version of the typology"));
    connect(m_save, &QPushButton::clicked, this, &TypologyEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typology, &QComboBox::currentIndexChanged, this, &TypologyEditor::showTypology);
    m_job.onFinished(
        [this](Result<std::vector<finance::TypologyStore::Standing>> current) { present(std::move(current)); });
    load();
    resize(900, 560);
}

TypologyEditor::~TypologyEditor() = default;

void TypologyEditor::load(const QString& statusAfter)
{
    // Read on a worker, on a connection of its own; the dialog shows
    // "Loading" meanwhile and cannot save what it has not shown.
    m_statusAfter = statusAfter;
    m_status->setText(tr("Loading the typologies…"));
    m_save->setEnabled(false);
    m_adopt->setEnabled(false);
    m_job.start([path = m_path](Feedback&) -> Result<std::vector<finance::TypologyStore::Standing>> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        return finance::TypologyStore::standing(*ws.value());
    });
}

bool TypologyEditor::isLoading() const
{
    return m_job.isRunning();
}

void TypologyEditor::present(Result<std::vector<finance::TypologyStore::Standing>> current)
{
    if (!current) {
        m_status->setText(current.error().toString());
        Q_EMIT loaded();
        return;
    }
    m_standings = std::move(current).value();
    m_typologies.clear();
    for (const finance::TypologyStore::Standing& s : m_standings)
        m_typologies.push_back(s.typology);
    const int keep = std::max(0, m_typology->currentIndex());
    const QSignalBlocker block(m_typology);
    m_typology->clear();
    for (const finance::Typology& t : m_typologies)
        m_typology->addItem(tr("%1 (version %2)").arg(t.name).arg(t.version), t.id);
    m_typology->setCurrentIndex(std::min(keep, m_typology->count() - 1));
    showTypology(m_typology->currentIndex());
    if (!m_statusAfter.isEmpty())
        m_status->setText(m_statusAfter);
    m_save->setEnabled(true);
    m_adopt->setEnabled(true);
    Q_EMIT loaded();
}

void TypologyEditor::showTypology(int index)
{
    m_table->setRowCount(0);
    if (index < 0 || index >= int(m_typologies.size()))
        return;
    const finance::Typology& t = m_typologies[size_t(index)];
    m_prior->setValue(t.prior);
    const auto& library = finance::IndicatorLibrary::standard();
    for (const finance::TypologyWeight& w : t.weights) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const int k = library.indexOf(w.indicator);
        auto* name = new QTableWidgetItem(k >= 0 ? library.definitions()[size_t(k)].title : w.indicator);
        name->setData(Qt::UserRole, w.indicator);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        if (k >= 0)
            name->setToolTip(library.definitions()[size_t(k)].description);
        m_table->setItem(row, Indicator, name);
        for (int c : { HitLr, MissLr }) {
            auto* spin = new QDoubleSpinBox(m_table);
            spin->setDecimals(3);
            spin->setRange(finance::TypologyReader::minLr, finance::TypologyReader::maxLr);
            spin->setValue(c == HitLr ? w.hitLr : w.missLr);
            spin->setAccessibleName(
                (c == HitLr ? tr("%1: likelihood ratio if it fires") : tr("%1: likelihood ratio if it does not"))
                    .arg(name->text()));
            spin->setAccessibleDescription(m_table->toolTip());
            m_table->setCellWidget(row, c, spin);
        }
        m_table->setItem(row, Rationale, new QTableWidgetItem(w.rationale));
    }
    m_table->resizeColumnsToContents();
    const QString versions = tr("Version %1. Saving stores version %2; scores already made keep the weights they used.")
                                 .arg(t.version)
                                 .arg(t.version + 1);
    m_status->setText(versions);
    const finance::TypologyStore::Standing& s = m_standings[size_t(index)];
    if (s.newerBuiltIn()) {
        m_notice->setText(tr("This is your edited version %1. Built-in version %2 is newer than version %3 you edited: "
                             "%4.")
                              .arg(s.storedVersion)
                              .arg(s.builtInVersion)
                              .arg(s.basedOn)
                              .arg(s.changes.join(QStringLiteral("; "))));
        m_adopt->setText(tr("Use built-in version %1").arg(s.builtInVersion));
        m_adopt->setToolTip(tr("Score with the built-in weights from now on; your edit stays in the workspace's "
                               "history and earlier runs keep the weights they used"));
    } else if (s.origin == finance::TypologyStore::Standing::Origin::Upgraded) {
        m_notice->setText(tr("Built-in version %1 replaces the workspace's unedited version %2: %3.")
                              .arg(s.builtInVersion)
                              .arg(s.basedOn)
                              .arg(s.changes.join(QStringLiteral("; "))));
    }
    const bool notice = s.newerBuiltIn() || s.origin == finance::TypologyStore::Standing::Origin::Upgraded;
    m_notice->setVisible(notice);
    m_adopt->setVisible(s.newerBuiltIn());
}

QString TypologyEditor::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

int TypologyEditor::adoptBuiltIn()
{
    const int index = m_typology->currentIndex();
    if (isLoading() || index < 0 || index >= int(m_standings.size()) || !m_standings[size_t(index)].newerBuiltIn())
        return 0;
    const finance::TypologyStore::Standing& s = m_standings[size_t(index)];
    auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
    auto adopted = ws ? finance::TypologyStore::adoptBuiltIn(*ws.value(), s.typology.id) : Result<int>(ws.error());
    if (!adopted) {
        m_status->setText(adopted.error().toString());
        return 0;
    }
    load(tr("%1 uses built-in version %2 now (stored as version %3); your edit stays in the history. Score the "
            "accounts again to use it.")
             .arg(s.typology.name)
             .arg(s.builtInVersion)
             .arg(adopted.value()));
    return adopted.value();
}

int TypologyEditor::save()
{
    const int index = m_typology->currentIndex();
    if (isLoading() || index < 0 || index >= int(m_typologies.size()))
        return 0;
    finance::Typology t = m_typologies[size_t(index)];
    t.prior = m_prior->value();
    for (int row = 0; row < m_table->rowCount() && row < int(t.weights.size()); ++row) {
        finance::TypologyWeight& w = t.weights[size_t(row)];
        w.hitLr = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, HitLr))->value();
        w.missLr = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, MissLr))->value();
        w.rationale = m_table->item(row, Rationale)->text();
    }
    auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
    auto saved = ws ? finance::TypologyStore::save(*ws.value(), t) : Result<int>(ws.error());
    if (!saved) {
        m_status->setText(saved.error().toString());
        return 0;
    }
    load(tr("Saved %1 as version %2. Score the accounts again to use it.").arg(t.name).arg(saved.value()));
    return saved.value();
}

QString TypologyEditor::statusText() const
{
    return m_status->text();
}

} // namespace waymark::ui
