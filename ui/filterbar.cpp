#include "filterbar.h"

#include "analysis/analysiscontext.h"
#include "analysis/workspacefacts.h"
#include "core/taxonomy.h"
#include "core/taxonomymapping.h"
#include "store/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>

namespace waymark::ui {

FilterBar::FilterBar(analysis::AnalysisContext* context, QWidget* parent)
    : QToolBar(tr("Filter"), parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("filterBar"));
    m_useWindow = new QCheckBox(tr("From"), this);
    m_useWindow->setToolTip(tr("Limit every view to incidents in this time window. Incidents known only to a year or a "
                               "month match if their period overlaps."));
    m_from = new QDateEdit(QDate(2015, 1, 1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_exploitation = new QComboBox(this);
    m_exploitation->setObjectName(QStringLiteral("filterExploitation"));
    m_exploitation->setToolTip(tr("Type of exploitation"));
    m_exploitation->addItem(tr("All types of exploitation"), 0u);
    const QStringList names = Taxonomy::names(Taxonomy::Group::Exploitation);
    for (int i = 0; i < names.size(); ++i) {
        // Waymark's own values (in neither CTDC nor HTCDS) are marked, and
        // every value says what it maps to.
        const bool own = TaxonomyMapping::isWaymarkOwn(Taxonomy::Group::Exploitation, 1u << i);
        m_exploitation->addItem(own ? tr("%1 (Waymark)").arg(names.at(i)) : names.at(i), 1u << i);
        m_exploitation->setItemData(m_exploitation->count() - 1,
            TaxonomyMapping::describe(Taxonomy::Group::Exploitation, 1u << i), Qt::ToolTipRole);
    }
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("filterSourceKind"));
    m_kind->setToolTip(tr("Kind of source"));
    m_kind->addItem(tr("All sources"), QString());
    for (const QString& kind : Taxonomy::sourceKinds())
        m_kind->addItem(Taxonomy::sourceKindName(kind), kind);
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("filterGrade"));
    m_grade->setToolTip(tr("Source grade (the source evaluation of its grading scheme)"));

    addWidget(m_useWindow);
    addWidget(m_from);
    addWidget(new QLabel(tr(" to "), this));
    addWidget(m_to);
    addSeparator();
    addWidget(m_exploitation);
    addWidget(m_kind);
    addWidget(m_grade);
    addSeparator();
    QAction* reset = addAction(tr("Reset"), this, [this] { m_context->setFilter(analysis::Filter()); });
    reset->setToolTip(tr("Show all incidents (Ctrl+Shift+R)"));
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));

    connect(m_useWindow, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        apply();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::apply);
    for (QComboBox* c : { m_exploitation, m_kind, m_grade })
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(context, &analysis::AnalysisContext::filterChanged, this, &FilterBar::showFilter);
    connect(context, &analysis::AnalysisContext::workspaceChanged, this, &FilterBar::refreshChoices);
    connect(context, &analysis::AnalysisContext::dataChanged, this, &FilterBar::refreshChoices);
    refreshChoices();
}

void FilterBar::refreshChoices()
{
    m_updating = true;
    m_grade->clear();
    m_grade->addItem(tr("All grades"), QString());
    if (store::Workspace* ws = m_context->workspace()) {
        for (const QString& grade : analysis::WorkspaceFacts::sourceGrades(*ws))
            m_grade->addItem(tr("Source grade %1").arg(grade), grade);
    }
    setEnabled(m_context->workspace() != nullptr);
    m_updating = false;
    showFilter(m_context->filter());
}

void FilterBar::apply()
{
    if (m_updating)
        return;
    analysis::Filter f;
    if (m_useWindow->isChecked()) {
        f.dayFrom = m_from->date().toJulianDay();
        f.dayTo = m_to->date().toJulianDay();
    }
    f.exploitation = m_exploitation->currentData().toUInt();
    if (!m_kind->currentData().toString().isEmpty())
        f.sourceKinds << m_kind->currentData().toString();
    if (!m_grade->currentData().toString().isEmpty())
        f.sourceGrades << m_grade->currentData().toString();
    m_context->setFilter(f);
}

void FilterBar::showFilter(const analysis::Filter& f)
{
    m_updating = true;
    const bool window = f.dayFrom || f.dayTo;
    m_useWindow->setChecked(window);
    m_from->setEnabled(window);
    m_to->setEnabled(window);
    if (f.dayFrom)
        m_from->setDate(QDate::fromJulianDay(*f.dayFrom));
    if (f.dayTo)
        m_to->setDate(QDate::fromJulianDay(*f.dayTo));
    m_exploitation->setCurrentIndex(std::max(0, m_exploitation->findData(f.exploitation)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(f.sourceKinds.value(0))));
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(f.sourceGrades.value(0))));
    m_updating = false;
}

} // namespace waymark::ui
