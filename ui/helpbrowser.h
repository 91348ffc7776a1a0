#pragma once

#include <QUrl>
#include <QWidget>

class QHelpEngine;
class QLabel;
class QTabWidget;

namespace waymark::ui {

class HelpTextBrowser;

/// The user guide's window (Help ▸ User Guide, F1): its contents and index
/// beside the page, all read through a read-only QHelpEngine from the
/// collection built from docs/guide. The guide is looked for in
/// share/waymark/help relative to the binary (the build tree, an installed
/// copy and an unpacked package alike), or in $WAYMARK_HELP_DIR when set.
class HelpBrowser : public QWidget {
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget* parent = nullptr);
    ~HelpBrowser() override;

    /// The collection file (waymark.qhc) found, or empty.
    static QString collectionFile();
    /// The folders searched for it, in order.
    static QStringList searchPath();
    /// The address of one of the guide's pages, e.g. "map.html#layers".
    static QUrl pageUrl(const QString& page);

    /// True when the guide was found and opened.
    bool isValid() const { return m_valid; }
    /// Shows a page of the guide ("index.html" by default).
    void showPage(const QString& page = QStringLiteral("index.html"));
    QHelpEngine* engine() const { return m_engine; }
    HelpTextBrowser* browser() const { return m_browser; }

private:
    void showMissing(const QString& why);
    void syncContents(const QUrl& url);

    QHelpEngine* m_engine = nullptr;
    HelpTextBrowser* m_browser = nullptr;
    QTabWidget* m_side = nullptr;
    QLabel* m_status = nullptr;
    bool m_valid = false;
};

} // namespace waymark::ui
