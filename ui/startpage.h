#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace waymark::ui {

/// What the main window shows while no workspace is open (issue 18 §6): open
/// the bundled sample, a recent workspace, a new one, or import into a new
/// one, and a short "what is this" with links into the user guide. It only
/// asks: the main window does the work.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    /// The remembered workspaces, newest first (absolute paths).
    void setRecent(const QStringList& paths);
    /// Says what is being prepared ("Writing the sample…"), or clears it.
    void setBusy(const QString& status);
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void sampleRequested();
    void newRequested();
    void openRequested();
    void importRequested();
    void recentChosen(const QString& path);
    /// A link into the guide: a page ("map.html#layers").
    void helpRequested(const QString& page);

private:
    QPushButton* m_sample;
    QListWidget* m_recent;
    QLabel* m_noRecent;
    QLabel* m_status;
};

} // namespace waymark::ui
