#include "helpbrowser.h"

#include "helptextbrowser.h"
#include "shortcutlist.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHelpContentItem>
#include <QHelpContentModel>
#include <QHelpContentWidget>
#include <QHelpEngine>
#include <QHelpIndexWidget>
#include <QHelpLink>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
const QString kCollection = QStringLiteral("waymark.qhc");
const QString kNamespace = QStringLiteral("org.waymark.guide");
}

HelpBrowser::HelpBrowser(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Waymark User Guide"));
    resize(1100, 760);

    const QString collection = collectionFile();
    // Read-only: the installed collection lies where the analyst cannot
    // write, and nothing the browser does needs to change it.
    m_engine = new QHelpEngine(collection, this);
    m_engine->setReadOnly(true);
    m_engine->setUsesFilterEngine(true);
    m_browser = new HelpTextBrowser(m_engine, this);
    m_browser->setAccessibleName(tr("User guide page"));
    m_browser->setAccessibleDescription(tr("Tab moves between the page's links and then on; Enter follows a link"));

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("helpToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction* forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction* home = bar->addAction(tr("Contents"), this, [this] { showPage(); });
    home->setToolTip(tr("The guide's first page"));
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QAction* close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    ShortcutList::nameKeysInToolTips(bar);

    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("helpSide"));
    QHelpContentWidget* contents = m_engine->contentWidget();
    contents->setObjectName(QStringLiteral("helpContents"));
    contents->setAccessibleName(tr("Contents"));
    contents->setAccessibleDescription(tr("The guide's chapters and sections; Enter opens one"));
    m_side->addTab(contents, tr("Contents"));
    auto* indexPage = new QWidget(m_side);
    auto* lookFor = new QLineEdit(indexPage);
    lookFor->setObjectName(QStringLiteral("helpLookFor"));
    lookFor->setPlaceholderText(tr("Look for…"));
    lookFor->setClearButtonEnabled(true);
    lookFor->setAccessibleName(tr("Look for a word in the index"));
    QHelpIndexWidget* index = m_engine->indexWidget();
    index->setObjectName(QStringLiteral("helpIndex"));
    index->setAccessibleName(tr("Index"));
    index->setAccessibleDescription(tr("The guide's index words; Enter opens the page"));
    auto* indexLayout = new QVBoxLayout(indexPage);
    indexLayout->setContentsMargins(2, 2, 2, 2);
    indexLayout->addWidget(lookFor);
    indexLayout->addWidget(index, 1);
    m_side->addTab(indexPage, tr("Index"));
    connect(lookFor, &QLineEdit::textChanged, index, [index](const QString& text) { index->filterIndices(text); });
    connect(lookFor, &QLineEdit::returnPressed, index, &QHelpIndexWidget::activateCurrentItem);

    connect(contents, &QHelpContentWidget::linkActivated, m_browser,
        [this](const QUrl& url) { m_browser->setSource(url); });
    // One click on a chapter opens it, as in Qt Assistant (activation alone wants a double click).
    connect(contents, &QAbstractItemView::clicked, m_browser, [this](const QModelIndex& index) {
        if (QHelpContentItem* item = m_engine->contentModel()->contentItemAt(index))
            m_browser->setSource(item->url());
    });
    connect(index, &QHelpIndexWidget::documentActivated, m_browser,
        [this](const QHelpLink& link, const QString&) { m_browser->setSource(link.url); });
    connect(
        index, &QHelpIndexWidget::documentsActivated, m_browser, [this](const QList<QHelpLink>& links, const QString&) {
            if (!links.isEmpty())
                m_browser->setSource(links.constFirst().url);
        });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::syncContents);
    // The chapters show at once; the page shown is marked when the contents arrive.
    connect(m_engine->contentModel(), &QHelpContentModel::contentsCreated, contents, [this, contents] {
        contents->expandToDepth(0);
        syncContents(m_browser->source());
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("helpStatus"));
    m_status->hide();
    connect(m_browser, &HelpTextBrowser::linkRefused, this, [this](const QUrl& url) {
        m_status->setText(
            tr("%1 is not part of the guide: Waymark opens no web pages or other files.").arg(url.toDisplayString()));
        m_status->show();
    });
    connect(m_browser, &QTextBrowser::sourceChanged, m_status, &QWidget::hide);

    auto* split = new QSplitter(this);
    split->addWidget(m_side);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({ 280, 820 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    if (collection.isEmpty()) {
        showMissing(tr("The user guide was not found. Waymark looked for %1 in: %2.")
                        .arg(kCollection, searchPath().join(QStringLiteral(", "))));
        return;
    }
    if (!m_engine->setupData() || !m_engine->registeredDocumentations().contains(kNamespace)) {
        showMissing(tr("The user guide %1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(collection),
                            m_engine->error().isEmpty() ? tr("it holds no Waymark guide.") : m_engine->error()));
        return;
    }
    m_valid = true;
    showPage();
}

HelpBrowser::~HelpBrowser() = default;

QStringList HelpBrowser::searchPath()
{
    // The variable replaces the place beside the binary (a guide of one's own, a test).
    const QString env = qEnvironmentVariable("WAYMARK_HELP_DIR");
    if (!env.isEmpty())
        return { env };
    return { QDir::cleanPath(
        QCoreApplication::applicationDirPath() + QLatin1Char('/') + QLatin1String(WAYMARK_HELP_RELDIR)) };
}

QString HelpBrowser::collectionFile()
{
    for (const QString& dir : searchPath()) {
        const QFileInfo file(QDir(dir).filePath(kCollection));
        if (file.isFile() && file.isReadable())
            return file.absoluteFilePath();
    }
    return {};
}

QUrl HelpBrowser::pageUrl(const QString& page)
{
    return QUrl(QStringLiteral("qthelp://%1/guide/%2").arg(kNamespace, page));
}

void HelpBrowser::showPage(const QString& page)
{
    if (m_valid)
        m_browser->setSource(pageUrl(page));
}

void HelpBrowser::showMissing(const QString& why)
{
    m_side->setEnabled(false);
    m_browser->setPlainText(why);
}

void HelpBrowser::syncContents(const QUrl& url)
{
    QHelpContentWidget* contents = m_engine->contentWidget();
    QUrl page = url;
    page.setFragment(QString());
    const QModelIndex at = contents->indexOf(url);
    const QModelIndex found = at.isValid() ? at : contents->indexOf(page);
    if (found.isValid()) {
        const QSignalBlocker block(contents);
        contents->setCurrentIndex(found);
    }
}

} // namespace waymark::ui
