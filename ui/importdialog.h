#pragma once

#include "ingest/importsummary.h"

#include "job.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace waymark {
class Feedback;
}
namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// Imports files into the current workspace off the GUI thread, with a
/// progress bar, Cancel (which rolls back: nothing half-imported), the
/// keep-going choice, a column mapping for bank CSV, and the summary and
/// every rejected row (file:line:column: reason) when done.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList& paths);
    /// Starts importing the listed files (what the Import button does).
    void start();
    bool isRunning() const;
    /// Asks a running import to stop (it rolls back); returns at once.
    void cancel();
    /// Opens the specification editor on the selected file (the first if
    /// none is); a spec saved there is the one that file is read with.
    void editSpecification();
    /// The specification a file of the list is read with ("" for none).
    QString specificationFor(const QString& file) const;
    /// The summaries of the last run, one per file.
    const QList<ingest::ImportSummary>& summaries() const { return m_summaries; }

Q_SIGNALS:
    void finished();

protected:
    void reject() override;

private:
    void chooseFiles();
    void chooseFolder();
    void done(QList<ingest::ImportSummary> summaries);
    void setRunning(bool running);

    analysis::AnalysisContext* m_context;
    QListWidget* m_files;
    QComboBox* m_mapping;
    QCheckBox* m_keepGoing;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_report;
    QPushButton* m_importButton;
    QPushButton* m_cancelButton;
    QPushButton* m_addButton;
    QPushButton* m_folderButton;
    QPushButton* m_specButton;
    QList<ingest::ImportSummary> m_summaries;
    Job<QList<ingest::ImportSummary>> m_job { this };
};

} // namespace waymark::ui
