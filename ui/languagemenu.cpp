#include "languagemenu.h"

#include "messages.h"

#include <QActionGroup>
#include <QSettings>

namespace waymark::ui {

namespace {
const QString kKey = QStringLiteral("language");
}

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString current = chosen();
    auto add = [&](const QString& code, const QString& name) {
        QAction* a = addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code, name] { choose(code, name); });
    };
    add(QString(), tr("System language"));
    addSeparator();
    for (const auto& [code, name] : languages())
        add(code, name);
}

QString LanguageMenu::chosen()
{
    return QSettings().value(kKey).toString();
}

void LanguageMenu::setChosen(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, language);
}

QList<QPair<QString, QString>> LanguageMenu::languages()
{
    // Each language named in itself, so a reader finds theirs whatever the interface shows.
    return { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("es"), QStringLiteral("Español") } };
}

void LanguageMenu::choose(const QString& language, const QString& name)
{
    if (language == chosen())
        return;
    setChosen(language);
    Messages::inform(parentWidget(), tr("Language"),
        tr("Waymark will use %1 from the next time it starts. Close and open Waymark again to switch now.").arg(name));
}

} // namespace waymark::ui
