#pragma once

#include "ingest/importsummary.h"

#include "job.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace waymark {
class Feedback;
}
namespace waymark::analysis {
class AnalysisContext;
}
namespace waymark::store {
class Workspace;
}

namespace waymark::ui {

/// Imports files into the current workspace off the GUI thread, with a
/// progress bar, Cancel (which rolls back: nothing half-imported), the
/// keep-going choice, for each file how to read it (detected, or a column
/// mapping), and the summary and every rejected row (file:line:column:
/// reason) when done. The list starts empty each time the dialog opens;
/// files that imported leave it, Remove, Clear and the Delete key take
/// others off.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// One way to read a file: a name shown in the per-file choice and the
    /// value passed on as ImportOptions::mapping (empty: detect).
    struct ReadAs {
        QString label;
        QString value;
    };
    /// Every way a file can be read, in the order the choice lists them:
    /// "Detect automatically", the workspace's mapping presets, then its
    /// import specifications (value "spec:NAME").
    static QList<ReadAs> readAsChoices(store::Workspace* workspace);

    void addFiles(const QStringList& paths);
    /// The files listed, in order.
    QStringList files() const;
    /// How a listed file will be read (ImportOptions::mapping; empty: detect).
    QString readAs(int row) const;
    void setReadAs(int row, const QString& value);
    /// Takes the selected files off the list (Remove, the Delete key).
    void removeSelected();
    /// Empties the list and the report (Clear; and each time the dialog opens).
    void clear();
    /// Defines a column mapping on the selected file (or the only one) and
    /// reads that file with it.
    void defineMappingForSelected();
    /// Opens the specification editor on the selected table; a saved
    /// specification becomes that file's way of reading.
    void editSpecification();
    /// The filter of the file picker: every format Waymark reads.
    static QString fileFilter();
    /// Starts importing the listed files (what the Import button does).
    void start();
    bool isRunning() const;
    /// Asks a running import to stop (it rolls back); returns at once.
    void cancel();
    /// The summaries of the last run, one per file.
    const QList<ingest::ImportSummary>& summaries() const { return m_summaries; }

Q_SIGNALS:
    void finished();

protected:
    void reject() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseFiles();
    void chooseFolder();
    void done(QList<ingest::ImportSummary> summaries);
    void setRunning(bool running);
    QComboBox* readAsCombo(int row) const;
    /// The selected file, else the current one, else the only one; or null.
    QTreeWidgetItem* pointedFile() const;
    void readAsActivated(QComboBox* combo, int index);
    /// Says on the first choice what "Detect automatically" will do with a
    /// table no reader knows (its saved specification, or that it needs one).
    void describeDetection(QComboBox* combo, const QString& path);
    void updateButtons();

    analysis::AnalysisContext* m_context;
    QTreeWidget* m_files;
    QPushButton* m_removeButton;
    QPushButton* m_clearButton;
    QPushButton* m_defineButton;
    QPushButton* m_specButton;
    bool m_clearOnShow = true;
    QCheckBox* m_keepGoing;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_report;
    QPushButton* m_importButton;
    QPushButton* m_cancelButton;
    QPushButton* m_addButton;
    QPushButton* m_folderButton;
    QList<ingest::ImportSummary> m_summaries;
    Job<QList<ingest::ImportSummary>> m_job { this };
};

} // namespace waymark::ui
