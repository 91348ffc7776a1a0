#include "releasabilitydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {

ReleasabilityDialog::Answerer& answerer()
{
    static ReleasabilityDialog::Answerer a;
    return a;
}

} // namespace

ReleasabilityDialog::ReleasabilityDialog(
    const QString& what, Check check, sharing::Destination destination, bool whole, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_whole(whole)
{
    setWindowTitle(tr("Releasability check: %1").arg(what));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_destination = new QComboBox(this);
    m_destination->addItem(
        sharing::Releasability::destinationName(sharing::Destination::Partner), int(sharing::Destination::Partner));
    m_destination->addItem(sharing::Releasability::destinationName(sharing::Destination::OwnOrganisation),
        int(sharing::Destination::OwnOrganisation));
    m_destination->setCurrentIndex(destination == sharing::Destination::Partner ? 0 : 1);
    m_destination->setToolTip(tr("Who receives the export: changing it runs the check again"));
    form->addRow(tr("Goes to:"), m_destination);
    layout->addLayout(form);
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("What"), tr("Records") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumSize(560, 300);
    m_tree->setAccessibleName(tr("What goes and what not"));
    m_tree->setAccessibleDescription(tr("The records that may go and those withheld, by TLP label, by source and by "
                                        "reason"));
    layout->addWidget(m_tree, 1);
    m_marking = new QLabel(this);
    m_marking->setWordWrap(true);
    m_marking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_marking);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)
        ->setToolTip(tr("Export what may go to the destination chosen, with the marking shown"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &ReleasabilityDialog::recheck);
    recheck();
}

sharing::Destination ReleasabilityDialog::destination() const
{
    return sharing::Destination(m_destination->currentData().toInt());
}

bool ReleasabilityDialog::canExport() const
{
    // A whole export (a report) goes when nothing it holds is withheld, even
    // when it cites no record at all; any other export needs something to go.
    return m_whole ? m_outcome.withheldCount() == 0 : !m_outcome.isEmpty();
}

void ReleasabilityDialog::recheck()
{
    m_tree->clear();
    auto outcome = m_check(destination());
    QPushButton* exportButton = nullptr;
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            exportButton = qobject_cast<QPushButton*>(b);
    }
    if (!outcome) {
        m_outcome = {};
        m_headline->setText(outcome.error().message);
        m_marking->clear();
        exportButton->setEnabled(false);
        return;
    }
    m_outcome = outcome.value();
    auto section = [&](const QString& title, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        auto* top = new QTreeWidgetItem(m_tree, { title });
        for (const QString& l : lines) {
            const int colon = l.lastIndexOf(QLatin1String(": "));
            new QTreeWidgetItem(top, colon > 0 ? QStringList { l.left(colon), l.mid(colon + 2) } : QStringList { l });
        }
        top->setExpanded(true);
    };
    section(tr("By TLP label"), m_outcome.countsByTlp());
    section(tr("By handling code"), m_outcome.countsByHandling());
    section(tr("By source"), m_outcome.countsBySource());
    QStringList left;
    for (const auto& w : m_outcome.withheld)
        left << QStringLiteral("%1: %2").arg(sharing::Releasability::reasonText(w.reason)).arg(w.total());
    section(tr("Left out, and why"), left);
    section(tr("Conditions carried with the export"), m_outcome.conditions);
    const qint64 going = m_outcome.released.size();
    const qint64 asked = m_outcome.requested.size();
    QString headline = tr("%1 of the %2 record(s) asked for may go to %3.")
                           .arg(going)
                           .arg(asked)
                           .arg(sharing::Releasability::destinationName(destination()));
    if (m_outcome.withheldCount() > 0)
        headline += QLatin1Char(' ')
            + (m_whole ? tr("This export does not go without what it holds: it is refused.")
                       : tr("%n record(s) are left out.", nullptr, int(m_outcome.withheldCount())));
    if (m_outcome.isEmpty() && !m_whole)
        headline += QLatin1Char(' ') + tr("Nothing may go, so nothing will be written.");
    m_headline->setText(headline);
    m_marking->setText(tr("Marking of the export: %1")
                           .arg(m_outcome.marking.isEmpty() ? tr("none (nothing goes)") : m_outcome.marking));
    exportButton->setEnabled(canExport());
}

QString ReleasabilityDialog::shownText() const
{
    QStringList lines { m_headline->text() };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(i);
        lines << top->text(0);
        for (int c = 0; c < top->childCount(); ++c)
            lines << QStringLiteral("  %1: %2").arg(top->child(c)->text(0), top->child(c)->text(1));
    }
    lines << m_marking->text();
    return lines.join(QLatin1Char('\n'));
}

std::optional<sharing::Releasability::Outcome> ReleasabilityDialog::confirm(
    QWidget* parent, const QString& what, Check check, sharing::Destination destination, bool whole)
{
    ReleasabilityDialog dialog(what, std::move(check), destination, whole, parent);
    const bool go = answerer() ? answerer()(dialog) : dialog.exec() == QDialog::Accepted;
    if (!go || !dialog.canExport())
        return std::nullopt;
    return dialog.outcome();
}

void ReleasabilityDialog::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

} // namespace waymark::ui
