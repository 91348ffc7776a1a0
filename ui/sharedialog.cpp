#include "sharedialog.h"

#include "messages.h"
#include "releasabilitydialog.h"

#include "analysis/analysiscontext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waymark::ui {

ShareDialog::ShareDialog(const analysis::AnalysisContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share with Hub"));
    auto* intro = new QLabel(tr("A share-back package for the hub or a partner: the records the filter selects, "
                                "pseudonymised under the share policy, in the hub's extract format. What may not go "
                                "is left out; the next step lists it."),
        this);
    intro->setWordWrap(true);
    auto* filter = new QLabel(context->filter().describe(), this);
    filter->setObjectName(QStringLiteral("shareFilter"));
    filter->setWordWrap(true);
    m_aggregates = new QCheckBox(tr("Add the aggregate table (counts by country, year, type, sex and age band)"), this);
    m_aggregates->setObjectName(QStringLiteral("shareAggregates"));
    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("shareK"));
    m_k->setRange(2, 1000);
    m_k->setValue(10);
    m_k->setToolTip(tr("Smallest count the aggregate table publishes: smaller cells, and the cells that would give "
                       "them away, are suppressed"));
    m_k->setEnabled(false);
    connect(m_aggregates, &QCheckBox::toggled, m_k, &QWidget::setEnabled);
    auto* form = new QFormLayout;
    form->addRow(tr("Filter:"), filter);
    form->addRow(m_aggregates);
    form->addRow(tr("Smallest count (k):"), m_k);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Next…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

sharing::SharePackage::Options ShareDialog::options() const
{
    sharing::SharePackage::Options o;
    o.filter = m_context->filter();
    o.aggregates = m_aggregates->isChecked();
    o.k = m_k->value();
    return o;
}

void ShareDialog::setAggregates(bool on, int k)
{
    m_aggregates->setChecked(on);
    m_k->setValue(k);
}

bool ShareDialog::share(QWidget* parent, analysis::AnalysisContext* context,
    const sharing::SharePackage::Options& options, const QString& path)
{
    store::Workspace* ws = context->workspace();
    if (!ws)
        return false;
    const auto outcome = ReleasabilityDialog::confirm(
        parent, tr("share package %1").arg(QFileInfo(path).fileName()), [ws, options](sharing::Destination to) {
            sharing::SharePackage::Options o = options;
            o.destination = to;
            return sharing::SharePackage::check(*ws, o);
        });
    if (!outcome)
        return false;
    sharing::SharePackage::Options o = options;
    o.destination = outcome->destination;
    const auto written = sharing::SharePackage::write(*ws, outcome.value(), path, o);
    if (!written) {
        Messages::warn(parent, tr("Share with Hub"), written.error());
        return false;
    }
    return true;
}

} // namespace waymark::ui
