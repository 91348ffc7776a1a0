#pragma once

#include "finance/typology.h"
#include "finance/typologystore.h"

#include "job.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark::ui {

/// Edits the weights of the workspace's typologies: each indicator's
/// likelihood ratio when it fires and when it does not, and the prior.
/// Saving stores a new version in the workspace (audited); the next scoring
/// uses it, and earlier runs keep the version they used.
class TypologyEditor : public QDialog {
    Q_OBJECT
public:
    explicit TypologyEditor(const QString& workspacePath, QWidget* parent = nullptr);
    ~TypologyEditor() override;

    QComboBox* typologyBox() const { return m_typology; }
    QTableWidget* weightsTable() const { return m_table; }
    QDoubleSpinBox* priorBox() const { return m_prior; }
    /// Saves the shown typology; the new version, or 0 with the reason in statusText().
    int save();
    QString statusText() const;
    /// What the shown typology's standing says: empty, or that a newer built-in
    /// version exists than the edit, with what it changes.
    QString noticeText() const;
    QPushButton* adoptButton() const { return m_adopt; }
    /// Makes the shown typology's built-in version the workspace's current one
    /// (the edit stays in its history); the stored version, or 0.
    int adoptBuiltIn();
    /// True while the typologies are read in the background (at opening and
    /// after a save); save() does nothing meanwhile.
    bool isLoading() const;

Q_SIGNALS:
    /// The typologies (or the reason they could not be read) are shown.
    void loaded();

private:
    void showTypology(int index);
    /// Reads the typologies in the background; `statusAfter` replaces the
    /// status line once they are shown.
    void load(const QString& statusAfter = {});
    void present(Result<std::vector<finance::TypologyStore::Standing>> current);

    QString m_path;
    std::vector<finance::Typology> m_typologies;
    std::vector<finance::TypologyStore::Standing> m_standings;
    QComboBox* m_typology;
    QDoubleSpinBox* m_prior;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_save = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_adopt = nullptr;
    QString m_statusAfter;
    Job<std::vector<finance::TypologyStore::Standing>> m_job { this };
};

} // namespace waymark::ui
