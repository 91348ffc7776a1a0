#pragma once

#include <QTextBrowser>

class QHelpEngineCore;

namespace waymark::ui {

/// The page view of the help browser: it reads qthelp:// pages, their
/// images and their style sheet from the help engine's compressed files and
/// nothing else. Any other address (a web page, a local file) is not opened:
/// Waymark opens no network connection, and the guide needs none.
class HelpTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit HelpTextBrowser(QHelpEngineCore* engine, QWidget* parent = nullptr);

    QVariant loadResource(int type, const QUrl& name) override;

Q_SIGNALS:
    /// A link to something outside the guide was followed and refused.
    void linkRefused(const QUrl& url);

protected:
    void doSetSource(const QUrl& url, QTextDocument::ResourceType type) override;

private:
    QHelpEngineCore* m_engine;
};

} // namespace waymark::ui
