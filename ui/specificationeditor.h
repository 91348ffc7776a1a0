#pragma once

#include "core/result.h"
#include "ingest/importspec.h"
#include "ingest/specguesser.h"
#include "ingest/specimporter.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace waymark::store {
class Workspace;
}

namespace waymark::ui {

class SpecificationEditorPreview;
class SpecificationEditorValue;

/// Builds an import specification on a file: the table's first rows with
/// what each becomes (its records, or its error in red, in place), above
/// the specification's records, fields, source and table settings. It
/// starts from what SpecGuesser proposes, and says how sure each guess is.
/// Every edit is one undo step and refreshes the preview (debounced; the
/// preview reads only the first 50 rows, so it runs on the GUI thread).
/// Save stores a new version in the workspace; Export and Import read and
/// write the JSON; Versions lists and loads earlier ones.
class SpecificationEditor : public QDialog {
    Q_OBJECT
public:
    /// Opens on a table file; with a spec name, that spec (latest version)
    /// of the workspace, else the guess. `ws` may be null (nothing to save in).
    SpecificationEditor(
        store::Workspace* ws, const QString& file, const QString& specName = {}, QWidget* parent = nullptr);
    ~SpecificationEditor() override;

    static constexpr int previewRows = 50;

    const ingest::ImportSpec& spec() const { return m_spec; }
    const ingest::SpecGuess& guess() const { return m_guess; }
    QUndoStack* undoStack() const { return m_undo; }
    /// The preview as last computed.
    const std::vector<ingest::SpecImporter::PreviewRow>& preview() const { return m_preview; }
    /// Recomputes the preview now (what the debounce timer does after an edit).
    void refreshPreview();
    /// Whether an edit is waiting for the preview to catch up.
    bool previewPending() const;

    // Edits, each one undo step (what the widgets do).
    void applyGuess();
    void setFieldValue(int record, const QString& field, const ingest::SpecValue& value);
    void setSourceValue(const QString& field, const ingest::SpecValue& value);
    void addRecord(ingest::SpecTarget target);
    void removeRecord(int record);
    void setMissing(const QStringList& missing);

    /// Saves a new version under the name in the Name box; the version number.
    Result<int> save(const QString& note = {});
    /// Saves (when there is a workspace) and writes the saved version as JSON; audited.
    Status exportJson(const QString& path);
    /// Reads a JSON file into the workspace (a new version) and the editor.
    Status importJson(const QString& path);
    /// Loads a saved version of the current name (one undo step).
    Status loadVersion(int version);

    // For tests and the import dialog.
    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* recordList() const { return m_recordList; }
    QTableWidget* fieldsTable() const { return m_fields; }
    SpecificationEditorValue* valueForm() const { return m_valueForm; }
    SpecificationEditorPreview* previewWidget() const { return m_previewWidget; }
    QListWidget* versionList() const { return m_versions; }
    QString statusText() const;
    /// Selects a record and one of its fields, as clicking them does.
    void select(int record, const QString& field);

Q_SIGNALS:
    /// A version was saved (the import dialog selects it for its file).
    void saved(const QString& name, int version);

private:
    void buildRecordsTab(QWidget* tab);
    void buildSourceTab(QWidget* tab);
    void buildTableTab(QWidget* tab);
    void buildVersionsTab(QWidget* tab);
    void readTable();
    void specChanged();
    void schedulePreview();
    void showRecords();
    void showRecord();
    void showField();
    void showSource();
    void showTable();
    void showVersions();
    void showStatus();
    void editRecord(const std::function<void(ingest::SpecRecord&)>& change, const QString& text);
    void renameRecord(const QString& id);
    void setStatus(const QString& text, bool bad = false);
    /// Marks a conditions box whose text does not read (and says why in the
    /// status line); false when it does not, so the edit is not applied.
    bool markConditions(QLineEdit* edit, const QString& error);

public:
    /// Applies an undo command's change and refreshes everything (SpecEdits).
    void applyEdit(const std::function<void(ingest::ImportSpec&)>& change);

private:
    store::Workspace* m_ws;
    QString m_file;
    QStringList m_header;
    QList<QStringList> m_sample;
    ingest::ImportSpec m_spec;
    ingest::SpecGuess m_guess;
    std::vector<ingest::SpecImporter::PreviewRow> m_preview;
    QUndoStack* m_undo;
    QTimer* m_previewTimer;
    bool m_loading = false;
    int m_record = 0;
    QString m_field;
    QString m_sourceField;

    QLabel* m_fileLabel;
    QLabel* m_guessLabel;
    SpecificationEditorPreview* m_previewWidget;
    QTabWidget* m_tabs;
    QListWidget* m_recordList;
    QLineEdit* m_recordId;
    QComboBox* m_recordTarget;
    QComboBox* m_splitColumn;
    QLineEdit* m_splitSeparators;
    QLineEdit* m_recordWhen;
    QLineEdit* m_attributes;
    QTableWidget* m_fields;
    SpecificationEditorValue* m_valueForm;
    QListWidget* m_sourceList;
    SpecificationEditorValue* m_sourceForm;
    QLineEdit* m_description;
    QLineEdit* m_missing;
    QComboBox* m_delimiter;
    QSpinBox* m_headerRow;
    QLineEdit* m_when;
    QListWidget* m_versions;
    QLineEdit* m_name;
    QLineEdit* m_note;
    QPushButton* m_saveButton;
    QLabel* m_status;
};

} // namespace waymark::ui
