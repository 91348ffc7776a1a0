#include "startpage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {

/// A large button that says what it does under its title (which is its
/// accessible description too).
QPushButton* bigButton(const QString& text, const QString& description, const char* name, QWidget* parent)
{
    auto* b = new QCommandLinkButton(text, description, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    b->setAccessibleDescription(description);
    return b;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setAccessibleName(tr("Start page"));
    // The page scrolls rather than clipping when the window is small or the
    // scale factor large.
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* page = new QWidget;
    // Colours come from the palette (the desktop's, high contrast included): the page draws none of its own.
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    scroll->setWidget(page);
    auto* column = new QWidget(page);
    column->setMaximumWidth(column->fontMetrics().averageCharWidth() * 110);
    auto* centre = new QHBoxLayout(page);
    centre->addStretch(1);
    centre->addWidget(column, 4);
    centre->addStretch(1);

    auto* title = new QLabel(tr("Waymark"), column);
    title->setObjectName(QStringLiteral("startTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    title->setAccessibleName(tr("Waymark"));

    auto* what = new QLabel(column);
    what->setObjectName(QStringLiteral("startWhat"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::RichText);
    // Links reachable with Tab and opened with Enter, as well as by a click.
    what->setTextInteractionFlags(Qt::TextBrowserInteraction);
    what->setFocusPolicy(Qt::StrongFocus);
    what->setText(
        tr("<p>An offline workstation for analysts who fight human trafficking. Waymark keeps an investigation in one "
           "workspace file: hub extracts, CTDC data and bank transactions imported with every row's source, grading "
           "and line; routes and hotspots on a map; people, businesses, phones and accounts on a link chart; "
           "financial typologies; and Key Judgement Reports. It opens no network connection.</p>"
           "<p>User guide: <a href=\"help:workspaces.html\">Workspaces</a> · <a href=\"help:importing.html\">Importing "
           "data</a> · <a href=\"help:map.html\">The map</a> · <a href=\"help:keys.html\">Keyboard</a> · <a "
           "href=\"help:index.html\">Contents</a> (F1)</p>"));
    what->setAccessibleName(tr("What is Waymark"));
    what->setAccessibleDescription(tr("A short description, with links into the user guide"));
    connect(what, &QLabel::linkActivated, this, [this](const QString& link) {
        Q_EMIT helpRequested(link.startsWith(QLatin1String("help:")) ? link.mid(5) : link);
    });

    m_sample = bigButton(tr("Open the &sample"),
        tr("5,000 generated incidents, with people and accounts, to try every view on"), "startSample", column);
    auto* create = bigButton(
        tr("&New workspace…"), tr("An empty workspace file for a new investigation (Ctrl+N)"), "startNew", column);
    auto* open = bigButton(tr("&Open workspace…"),
        tr("A workspace file (.waymark) from anywhere on this computer (Ctrl+O)"), "startOpen", column);
    auto* import = bigButton(tr("&Import files…"),
        tr("Hub extracts, CTDC files, tables or bank transactions: into a new workspace you name first"), "startImport",
        column);
    connect(m_sample, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(import, &QPushButton::clicked, this, &StartPage::importRequested);

    auto* recentLabel = new QLabel(tr("&Recent workspaces"), column);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setAccessibleDescription(tr("Enter or a double click opens the workspace"));
    recentLabel->setBuddy(m_recent);
    m_recent->setTabKeyNavigation(false);
    // Long paths lose their middle, not their file name; the tooltip has them whole.
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            Q_EMIT recentChosen(item->data(Qt::UserRole).toString());
    });
    m_noRecent = new QLabel(tr("None yet: the workspaces you open are listed here."), column);
    m_noRecent->setWordWrap(true);

    m_status = new QLabel(column);
    m_status->setObjectName(QStringLiteral("startStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* grid = new QGridLayout(column);
    grid->setVerticalSpacing(grid->verticalSpacing() * 2);
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addWidget(what, 1, 0, 1, 2);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : { m_sample, create, open, import })
        buttons->addWidget(b);
    buttons->addStretch(1);
    grid->addLayout(buttons, 2, 0);
    auto* recent = new QVBoxLayout;
    recent->addWidget(recentLabel);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_noRecent);
    grid->addLayout(recent, 2, 1, Qt::AlignTop);
    grid->addWidget(m_status, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);

    // Tab goes as the page reads: the guide's links, the buttons top to bottom, then the list.
    setTabOrder(what, m_sample);
    setTabOrder(m_sample, create);
    setTabOrder(create, open);
    setTabOrder(open, import);
    setTabOrder(import, m_recent);
    setFocusProxy(m_sample);
    setRecent({});
}

void StartPage::setRecent(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (info.exists()) {
            item->setText(tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        } else {
            item->setText(tr("%1 — not found").arg(info.fileName()));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

void StartPage::setBusy(const QString& status)
{
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_sample->setEnabled(status.isEmpty());
}

} // namespace waymark::ui
