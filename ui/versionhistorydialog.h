#pragma once

#include "core/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;
class QTextBrowser;

namespace waymark::store {
class Workspace;
}

namespace waymark::ui {

/// The saved versions of a report (version, when, who, note) and a readable
/// line diff between any two of them: lines only in the newer one on green,
/// lines only in the older one on red and struck through, each labelled by
/// where it is in the report ("Judgement 2", "Assessment").
class VersionHistoryDialog : public QDialog {
    Q_OBJECT
public:
    VersionHistoryDialog(store::Workspace& workspace, qint64 reportId, QWidget* parent = nullptr);

    /// Shows the diff from one version to another; errors are shown in the dialog and returned.
    Status compare(int fromVersion, int toVersion);
    QTableWidget* versionTable() const { return m_table; }
    QTextBrowser* diffView() const { return m_diff; }
    /// The diff as shown, in plain text ("+ …", "- …").
    QString diffText() const { return m_text; }

private:
    void selectionChanged();

    store::Workspace& m_ws;
    qint64 m_id;
    QTableWidget* m_table;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_summary;
    QTextBrowser* m_diff;
    QString m_text;
};

} // namespace waymark::ui
