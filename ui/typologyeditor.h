#pragma once

#include "finance/typology.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
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

    QComboBox* typologyBox() const { return m_typology; }
    QTableWidget* weightsTable() const { return m_table; }
    QDoubleSpinBox* priorBox() const { return m_prior; }
    /// Saves the shown typology; the new version, or 0 with the reason in statusText().
    int save();
    QString statusText() const;

private:
    void showTypology(int index);
    void load();

    QString m_path;
    std::vector<finance::Typology> m_typologies;
    QComboBox* m_typology;
    QDoubleSpinBox* m_prior;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace waymark::ui
