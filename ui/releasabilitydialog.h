#pragma once

#include "core/result.h"
#include "sharing/releasability.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace waymark::ui {

/// The one dialog every GUI export shows before anything is written
/// (issue 17 §1): what the export would hold, counted by TLP label,
/// handling code and source; what is left out and why; the conditions it
/// carries; and the export's resulting marking. The destination can be
/// changed, which runs the check again. Export is refused (the button off)
/// when nothing may go, or when the user asked for records that may not go
/// and `whole` is set (a report does not go without what it cites).
class ReleasabilityDialog : public QDialog {
    Q_OBJECT
public:
    using Check = std::function<Result<sharing::Releasability::Outcome>(sharing::Destination)>;
    ReleasabilityDialog(
        const QString& what, Check check, sharing::Destination destination, bool whole, QWidget* parent = nullptr);

    const sharing::Releasability::Outcome& outcome() const { return m_outcome; }
    sharing::Destination destination() const;
    bool canExport() const;
    /// The text shown, for tests and for copying.
    QString shownText() const;

    /// Shows the dialog (or asks the test answerer); the outcome to export,
    /// or nothing when the user cancelled or nothing may go.
    static std::optional<sharing::Releasability::Outcome> confirm(QWidget* parent, const QString& what, Check check,
        sharing::Destination destination = sharing::Destination::Partner, bool whole = false);
    /// Tests answer instead of a person: given the dialog, true for Export.
    using Answerer = std::function<bool(ReleasabilityDialog&)>;
    static void setAnswerer(Answerer answerer);

private:
    void recheck();

    Check m_check;
    bool m_whole;
    sharing::Releasability::Outcome m_outcome;
    QComboBox* m_destination;
    QLabel* m_headline;
    QTreeWidget* m_tree;
    QLabel* m_marking;
    QDialogButtonBox* m_buttons;
};

} // namespace waymark::ui
