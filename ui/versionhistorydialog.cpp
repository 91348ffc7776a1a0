#include "versionhistorydialog.h"

#include "reports/reportstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace waymark::ui {

VersionHistoryDialog::VersionHistoryDialog(store::Workspace& workspace, qint64 reportId, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_id(reportId)
{
    setWindowTitle(tr("Version history"));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Version"), tr("Saved"), tr("By"), tr("Note") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the comparison; the arrows move between versions
    m_table->setAccessibleName(tr("Saved versions"));
    m_table->setAccessibleDescription(tr("Each saved version of the report: number, time, who saved it and the note"));
    auto* pick = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    m_from->setAccessibleName(tr("Compare version"));
    m_from->setAccessibleDescription(tr("The older version of the comparison"));
    m_to->setAccessibleName(tr("with version"));
    m_to->setAccessibleDescription(tr("The newer version of the comparison"));
    pick->addWidget(new QLabel(tr("Compare version"), this));
    pick->addWidget(m_from);
    pick->addWidget(new QLabel(tr("with version"), this));
    pick->addWidget(m_to);
    pick->addStretch(1);
    m_summary = new QLabel(this);
    m_diff = new QTextBrowser(this);
    m_diff->setAccessibleName(tr("Changes"));
    m_diff->setAccessibleDescription(tr("What changed from one version to the other, section by section"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto* lower = new QWidget(split);
    auto* l = new QVBoxLayout(lower);
    l->setContentsMargins(0, 0, 0, 0);
    l->addLayout(pick);
    l->addWidget(m_summary);
    l->addWidget(m_diff, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    reports::ReportStore store(m_ws);
    auto versions = store.versions(m_id);
    if (!versions) {
        m_summary->setText(versions.error().toString());
        return;
    }
    m_table->setRowCount(int(versions->size()));
    for (int r = 0; r < int(versions->size()); ++r) {
        const auto& v = versions->at(size_t(r));
        const QDateTime at = QDateTime::fromString(v.savedAt, Qt::ISODateWithMs);
        const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : v.savedAt;
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(v.version)));
        m_table->setItem(r, 1, new QTableWidgetItem(when));
        m_table->setItem(r, 2, new QTableWidgetItem(v.savedBy));
        m_table->setItem(r, 3, new QTableWidgetItem(v.note));
        m_from->addItem(QString::number(v.version), v.version);
        m_to->addItem(QString::number(v.version), v.version);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Picking one row compares it with the one before; the combos choose any two.
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionHistoryDialog::selectionChanged);
    auto changed = [this] { compare(m_from->currentData().toInt(), m_to->currentData().toInt()); };
    connect(m_from, &QComboBox::activated, this, changed);
    connect(m_to, &QComboBox::activated, this, changed);
    const int n = int(versions->size());
    if (n >= 2)
        compare(versions->at(size_t(n - 2)).version, versions->at(size_t(n - 1)).version);
    else if (n == 1)
        m_summary->setText(tr("Only one version has been saved."));
}

void VersionHistoryDialog::selectionChanged()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 2) {
        const int a = m_table->item(rows[0].row(), 0)->text().toInt();
        const int b = m_table->item(rows[1].row(), 0)->text().toInt();
        compare(std::min(a, b), std::max(a, b));
    } else if (rows.size() == 1 && rows[0].row() > 0) {
        compare(m_table->item(rows[0].row() - 1, 0)->text().toInt(), m_table->item(rows[0].row(), 0)->text().toInt());
    }
}

Status VersionHistoryDialog::compare(int fromVersion, int toVersion)
{
    m_from->setCurrentIndex(m_from->findData(fromVersion));
    m_to->setCurrentIndex(m_to->findData(toVersion));
    reports::ReportStore store(m_ws);
    auto diff = store.diff(m_id, fromVersion, toVersion);
    if (!diff) {
        m_text.clear();
        m_diff->clear();
        m_summary->setText(diff.error().toString());
        return diff.error();
    }
    m_text = diff.value();
    const QStringList lines = m_text.isEmpty() ? QStringList() : m_text.split(QLatin1Char('\n'));
    int added = 0, removed = 0;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    if (lines.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("The two versions say the same."));
    for (const QString& line : lines) {
        const bool add = line.startsWith(QLatin1String("+ "));
        add ? ++added : ++removed;
        const QString body = line.mid(2);
        // "Judgement 2: text" → where in bold, then the text.
        const int colon = body.indexOf(QLatin1String(": "));
        const QString where = colon > 0 && colon < 60 ? body.left(colon) : QString();
        const QString text = where.isEmpty() ? body : body.mid(colon + 2);
        html += QStringLiteral("<p style=\"margin:0; padding:2px 6px; background:%1; color:%2;\">"
                               "<b>%3</b> <span style=\"color:#555\">%4</span> %5</p>")
                    .arg(add ? QStringLiteral("#e3f6e3") : QStringLiteral("#fbe4e4"),
                        add ? QStringLiteral("#0b5a0b") : QStringLiteral("#8b1a1a"),
                        add ? QStringLiteral("+") : QStringLiteral("−"), where.toHtmlEscaped(),
                        add ? text.toHtmlEscaped() : QStringLiteral("<s>%1</s>").arg(text.toHtmlEscaped()));
    }
    html += QStringLiteral("</body></html>");
    m_diff->setHtml(html);
    m_summary->setText(
        tr("From version %1 to version %2: %n line(s) added", nullptr, added).arg(fromVersion).arg(toVersion)
        + tr(", %n removed.", nullptr, removed));
    return Ok {};
}

} // namespace waymark::ui
