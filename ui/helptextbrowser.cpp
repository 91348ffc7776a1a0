#include "helptextbrowser.h"

#include <QHelpEngineCore>

namespace waymark::ui {

namespace {
bool isGuide(const QUrl& url)
{
    return url.scheme() == QLatin1String("qthelp");
}
}

HelpTextBrowser::HelpTextBrowser(QHelpEngineCore* engine, QWidget* parent)
    : QTextBrowser(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("helpTextBrowser"));
    setOpenExternalLinks(false);
    setOpenLinks(true);
}

QVariant HelpTextBrowser::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    // A page's style sheet and images come by relative name: resolve them
    // against the page being loaded (the document's address).
    QUrl url = name;
    if (url.isRelative()) {
        const QUrl base(document()->metaInformation(QTextDocument::DocumentUrl));
        url = (base.isValid() && !base.isRelative() ? base : source()).resolved(name);
    }
    if (!isGuide(url))
        return {};
    const QByteArray data = m_engine->fileData(url);
    if (data.isEmpty())
        return {};
    return data;
}

void HelpTextBrowser::doSetSource(const QUrl& url, QTextDocument::ResourceType type)
{
    // A relative link or an anchor of the page shown resolves to qthelp:// too.
    const QUrl resolved = source().isValid() ? source().resolved(url) : url;
    if (!isGuide(resolved)) {
        Q_EMIT linkRefused(url);
        return;
    }
    QTextBrowser::doSetSource(resolved, type);
}

} // namespace waymark::ui
